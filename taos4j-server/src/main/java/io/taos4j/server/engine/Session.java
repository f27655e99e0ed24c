package io.taos4j.server.engine;

import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of one client connection on the server: who is logged in, the current database, the time zone used to
 * read and print timestamp strings, and what the client said about itself.
 *
 * <p>Mutable fields are volatile: a WebSocket session may run several requests concurrently.
 */
public final class Session {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final String user;
    private final long loginTime = System.currentTimeMillis();
    private volatile String database;
    private volatile ZoneId zone;
    private volatile String app = "";
    private volatile String clientIp = "";
    private volatile long lastAccess = loginTime;

    public Session(String user, String database, ZoneId zone) {
        this.user = user;
        this.database = database;
        this.zone = zone;
    }

    public long id() {
        return id;
    }

    public String user() {
        return user;
    }

    public long loginTime() {
        return loginTime;
    }

    /** The current database name (it may have been dropped since USE); null when none was selected. */
    public String database() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public ZoneId zone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public String app() {
        return app;
    }

    public void setApp(String app) {
        this.app = app == null ? "" : app;
    }

    public String clientIp() {
        return clientIp;
    }

    public void setClientIp(String clientIp) {
        this.clientIp = clientIp == null ? "" : clientIp;
    }

    public long lastAccess() {
        return lastAccess;
    }

    public void touch() {
        lastAccess = System.currentTimeMillis();
    }
}
