package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The connector without Micrometer: loaded in a class loader that has the connector and its required dependencies
 * but not Micrometer, it connects, queries, pools and reconnects (metrics on by default), and never touches a
 * Micrometer class.
 */
class NoMicrometerTest {

    @Test
    @SuppressWarnings("unchecked")
    void worksWhenMicrometerIsAbsent() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            boolean wanted = entry.contains("taos4j-connector" + File.separator + "target" + File.separator + "classes")
                    || entry.contains("taos4j-protocol") || entry.contains("netty") || entry.contains("jackson")
                    || entry.contains("slf4j-api") || entry.contains("commons-pool2");
            if (wanted && !entry.contains("micrometer") && !entry.contains("test-classes")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (TaosServer server = TaosServer.builder().port(0).start();
             URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
                     ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> builderClass = loader.loadClass("io.taos4j.TaosBuilder");
            assertThat(builderClass.getClassLoader()).isSameAs(loader);
            Object builder = builderClass.getMethod("fromDsn", String.class).invoke(null, server.dsn() + "?metrics=true");
            Class<?> taosClass = loader.loadClass("io.taos4j.Taos");
            Object taos = builderClass.getMethod("build").invoke(builder);
            try {
                Object n = taosClass.getMethod("exec", String.class).invoke(taos, "create database if not exists nm");
                assertThat(n).isEqualTo(0L);
                Object dbs = taosClass.getMethod("databases").invoke(taos);
                assertThat((List<Object>) dbs).contains("nm");
            } finally {
                taosClass.getMethod("close").invoke(taos);
            }
            Object pool = builderClass.getMethod("pool").invoke(builder);
            Class<?> poolClass = loader.loadClass("io.taos4j.Pool");
            Object borrowed = poolClass.getMethod("get").invoke(pool);
            assertThat(taosClass.getMethod("exec", String.class).invoke(borrowed, "select 1")).isEqualTo(0L);
            taosClass.getMethod("close").invoke(borrowed);
            poolClass.getMethod("close").invoke(pool);
        }
    }
}
