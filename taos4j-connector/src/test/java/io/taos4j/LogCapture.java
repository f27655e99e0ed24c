package io.taos4j;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of the connector's tests: prints WARN and ERROR to stderr (as the other modules' simple logger
 * does), remembers every ERROR (so tests can check Netty's leak reports), and, while {@link #start()} is on, records
 * every event at every level, so tests can read what the connector logs.
 */
public final class LogCapture implements SLF4JServiceProvider {
    private static final List<String> captured = new CopyOnWriteArrayList<>();
    private static final List<String> errors = new CopyOnWriteArrayList<>();
    private static volatile boolean capturing;

    private final ILoggerFactory factory = new Factory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Starts recording every event (DEBUG and TRACE included), clearing earlier ones. */
    static void start() {
        captured.clear();
        capturing = true;
    }

    /** Stops recording; returns what was recorded, one line per event with the exception's text appended. */
    static List<String> stop() {
        capturing = false;
        return new ArrayList<>(captured);
    }

    /** Every ERROR event since the JVM started. */
    static List<String> errors() {
        return new ArrayList<>(errors);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class Factory implements ILoggerFactory {
        private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, CapturingLogger::new);
        }
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return capturing;
        }

        @Override
        public boolean isDebugEnabled() {
            return capturing;
        }

        @Override
        public boolean isInfoEnabled() {
            return capturing;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args,
                                                   Throwable t) {
            String line = java.time.LocalTime.now() + " " + level + " " + name + " - " + MessageFormatter.basicArrayFormat(msg, args)
                    + (t == null ? "" : " " + throwableText(t));
            if (capturing) {
                captured.add(line);
            }
            if (level == Level.ERROR) {
                errors.add(line);
            }
            if (level == Level.WARN || level == Level.ERROR) {
                PrintStream err = System.err;
                err.println("[" + Thread.currentThread().getName() + "] " + line);
            }
        }

        private static String throwableText(Throwable t) {
            StringBuilder sb = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause()) {
                sb.append(c).append(" | ");
            }
            return sb.toString();
        }
    }
}
