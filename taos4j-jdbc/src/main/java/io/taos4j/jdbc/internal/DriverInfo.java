package io.taos4j.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The driver's name and the version it was built as (from the build's {@code version.properties}). */
public final class DriverInfo {
    public static final String NAME = "taos4j JDBC";
    public static final String VERSION;
    public static final int MAJOR;
    public static final int MINOR;

    static {
        String v = "0.0.0";
        try (InputStream in = DriverInfo.class.getResourceAsStream("/io/taos4j/jdbc/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version", v);
            }
        } catch (IOException e) {
            // keep 0.0.0: the jar lacks its version file
        }
        VERSION = v;
        String[] parts = v.split("[.-]");
        MAJOR = number(parts, 0);
        MINOR = number(parts, 1);
    }

    private DriverInfo() {
    }

    private static int number(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
