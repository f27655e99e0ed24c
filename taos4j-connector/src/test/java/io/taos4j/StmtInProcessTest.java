package io.taos4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link Stmt} contract over the in-VM channel to an embedded server ({@code taos+mem://}). */
class StmtInProcessTest extends StmtContract {
    private static Taos keeper;

    @BeforeAll
    static void start() {
        keeper = TaosBuilder.fromDsn("taos+mem://stmt1").build();
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    @Override
    String dsn() {
        return "taos+mem://stmt1";
    }
}
