package io.taos4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate made with the JDK's {@code keytool} at test time (no test key is checked in):
 * the server's PKCS12 key store, the certificate as PEM (a CA file for the client) and a PKCS12 trust store holding
 * it. The certificate names {@code localhost} only, so connecting to {@code 127.0.0.1} fails host name checks.
 */
record TestCerts(Path keyStore, Path caPem, Path trustStore, String password) {

    static TestCerts create(Path dir) throws IOException, InterruptedException {
        String pw = "changeit";
        Path ks = dir.resolve("server.p12");
        Path pem = dir.resolve("ca.pem");
        Path ts = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", ks.toString(), "-storepass", pw,
                "-file", pem.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", pem.toString(), "-keystore", ts.toString(),
                "-storetype", "PKCS12", "-storepass", pw);
        return new TestCerts(ks, pem, ts, pw);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
        }
        if (!Files.exists(Path.of(args[args.length - 1])) && args[0].equals("-exportcert")) {
            throw new IOException("keytool wrote no certificate: " + out);
        }
    }
}
