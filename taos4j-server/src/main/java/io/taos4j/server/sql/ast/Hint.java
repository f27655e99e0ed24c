package io.taos4j.server.sql.ast;

import java.util.List;

/**
 * One optimizer hint of {@code SELECT /*+ name(param, ...) ... *}{@code /}, name and params in lower case.
 * TDengine ignores hints it does not know; so may the planner.
 */
public record Hint(String name, List<String> params) {
    public Hint {
        params = List.copyOf(params);
    }
}
