package io.taos4j.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is at the keyboard: standard input and output both on a terminal. */
final class Tty {
    private Tty() {
    }

    /**
     * True when standard input and output are a terminal. Java 17 to 21 give a {@link Console} only then; Java 22
     * and later always give one and say so with {@code Console.isTerminal()}, looked up reflectively because it does
     * not exist on 17.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
