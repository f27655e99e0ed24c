package io.taos4j.cli.shell;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What changes how the shell prints: mostly fixed at start, {@link #displayWidth} also by
 * {@code SET MAX_BINARY_DISPLAY_WIDTH n}. Not thread-safe; one shell owns one.
 */
public final class ShellSettings {
    /** taos prints at most this many columns of a VARCHAR/NCHAR value unless told otherwise. */
    public static final int DEFAULT_DISPLAY_WIDTH = 30;
    /** taos shows the first 100 rows of a result in interactive use. */
    public static final long DEFAULT_INTERACTIVE_ROW_LIMIT = 100;

    private ZoneId zone = ZoneId.systemDefault();
    private boolean rawTime;
    private int displayWidth = DEFAULT_DISPLAY_WIDTH;
    private Long rowLimit;
    private boolean interactive;
    private boolean color;

    /** Time zone timestamps are shown in (default: the JVM's). */
    public ZoneId zone() {
        return zone;
    }

    public ShellSettings zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** Timestamps as integer ticks instead of date and time ({@code taos -r}). */
    public boolean rawTime() {
        return rawTime;
    }

    public ShellSettings rawTime(boolean rawTime) {
        this.rawTime = rawTime;
        return this;
    }

    /** Columns a VARCHAR/NCHAR/JSON/VARBINARY value may take in a table before it is cut with dots. */
    public int displayWidth() {
        return displayWidth;
    }

    public ShellSettings displayWidth(int displayWidth) {
        if (displayWidth < 1) {
            throw new IllegalArgumentException("the display width must be at least 1, not " + displayWidth);
        }
        this.displayWidth = displayWidth;
        return this;
    }

    /**
     * Rows printed per result, or null for the default (first {@value #DEFAULT_INTERACTIVE_ROW_LIMIT} rows in
     * interactive use unless the statement has a LIMIT or is a SHOW/DESCRIBE, all rows otherwise); 0 means all.
     */
    public Long rowLimit() {
        return rowLimit;
    }

    public ShellSettings rowLimit(Long rowLimit) {
        if (rowLimit != null && rowLimit < 0) {
            throw new IllegalArgumentException("the row limit must be 0 (all rows) or more, not " + rowLimit);
        }
        this.rowLimit = rowLimit;
        return this;
    }

    /** A person at a terminal (the row limit applies by default, Ctrl-C cancels). */
    public boolean interactive() {
        return interactive;
    }

    public ShellSettings interactive(boolean interactive) {
        this.interactive = interactive;
        return this;
    }

    /** ANSI colours for errors and notices. */
    public boolean color() {
        return color;
    }

    public ShellSettings color(boolean color) {
        this.color = color;
        return this;
    }
}
