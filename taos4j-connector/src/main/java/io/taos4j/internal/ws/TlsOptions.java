package io.taos4j.internal.ws;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;

/**
 * Client TLS settings of a {@code wss://} connection.
 *
 * @param caFile             PEM file of trusted CA certificates, or null
 * @param trustStore         PKCS12 or JKS key store of trusted certificates, or null
 * @param trustStorePassword its password, or null
 * @param insecure           trust any certificate (tests only)
 * @param verifyHostname     check that the certificate names the host
 * @param versions           protocols to enable, e.g. {@code TLSv1.3}; empty for the JDK's defaults
 */
public record TlsOptions(Path caFile, Path trustStore, String trustStorePassword, boolean insecure,
                         boolean verifyHostname, List<String> versions) {

    /** Builds the Netty context: the CA file or trust store when given, else the JVM's default trust. */
    SslContext context() throws Exception {
        SslContextBuilder b = SslContextBuilder.forClient();
        if (insecure) {
            b.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else if (caFile != null) {
            b.trustManager(caFile.toFile());
        } else if (trustStore != null) {
            b.trustManager(trustManagers());
        }
        if (versions != null && !versions.isEmpty()) {
            b.protocols(versions);
        }
        return b.build();
    }

    private TrustManagerFactory trustManagers() throws Exception {
        char[] password = trustStorePassword == null ? null : trustStorePassword.toCharArray();
        KeyStore store;
        try (InputStream in = Files.newInputStream(trustStore)) {
            store = KeyStore.getInstance(trustStore.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks")
                    ? "JKS" : "PKCS12");
            store.load(in, password);
        }
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        return f;
    }

    @Override
    public String toString() {
        return "TlsOptions[caFile=" + caFile + ", trustStore=" + trustStore + ", insecure=" + insecure
                + ", verifyHostname=" + verifyHostname + ", versions=" + versions + "]";
    }
}
