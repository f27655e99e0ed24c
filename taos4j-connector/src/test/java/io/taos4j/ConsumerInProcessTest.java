package io.taos4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The consumer contract over {@code tmq+mem://}, the in-VM channel to an embedded server. */
class ConsumerInProcessTest extends ConsumerContract {
    private static Taos keeper;

    @BeforeAll
    static void start() {
        keeper = TaosBuilder.fromDsn("taos+mem://consumers").build();
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    @Override
    String dsn() {
        return "taos+mem://consumers";
    }

    @Override
    String tmqDsn() {
        return "tmq+mem://consumers";
    }
}
