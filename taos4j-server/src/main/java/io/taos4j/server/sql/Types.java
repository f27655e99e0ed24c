package io.taos4j.server.sql;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.ast.TypeSpec;

/** Data types in DDL and CAST (TDengine's {@code type_name} and {@code type_name_default_len}). */
final class Types {
    /** Default length of {@code CAST(x AS VARCHAR)} and friends: TSDB_MAX_BINARY_LEN - VARSTR_HEADER_SIZE. */
    static final int DEFAULT_VAR_LENGTH = 65517;
    /** Default length of {@code CAST(x AS NCHAR)}, in characters. */
    static final int DEFAULT_NCHAR_LENGTH = DEFAULT_VAR_LENGTH / 4;

    private Types() {
    }

    /**
     * Parses a type at the cursor. In a cast ({@code cast} true) BINARY, VARCHAR, NCHAR and VARBINARY may omit the
     * length; in DDL every variable-length type needs {@code (n)}.
     */
    static TypeSpec parse(ParserBase p, boolean cast) {
        int start = p.here();
        TokenType t = p.peek();
        TaosType type;
        switch (t) {
            case BOOL -> type = TaosType.BOOL;
            case TINYINT -> type = TaosType.TINYINT;
            case SMALLINT -> type = TaosType.SMALLINT;
            case INT -> type = TaosType.INT;
            case INTEGER -> type = TaosType.INT;
            case BIGINT -> type = TaosType.BIGINT;
            case FLOAT -> type = TaosType.FLOAT;
            case DOUBLE -> type = TaosType.DOUBLE;
            case TIMESTAMP -> type = TaosType.TIMESTAMP;
            case JSON -> type = TaosType.JSON;
            case BLOB -> type = TaosType.BLOB;
            case MEDIUMBLOB -> type = TaosType.MEDIUMBLOB;
            case BINARY, VARCHAR, NCHAR, VARBINARY, GEOMETRY -> {
                return varLength(p, start, t, cast);
            }
            case DECIMAL -> {
                return decimal(p, start);
            }
            default -> throw p.error();
        }
        p.pos++;
        if (t != TokenType.INTEGER && type.isInteger() && p.accept(TokenType.UNSIGNED)) {
            type = switch (type) {
                case TINYINT -> TaosType.UTINYINT;
                case SMALLINT -> TaosType.USMALLINT;
                case INT -> TaosType.UINT;
                default -> TaosType.UBIGINT;
            };
        }
        return new TypeSpec(p.spanFrom(start), type, 0, 0, 0);
    }

    private static TypeSpec varLength(ParserBase p, int start, TokenType t, boolean cast) {
        p.pos++;
        TaosType type = switch (t) {
            case NCHAR -> TaosType.NCHAR;
            case VARBINARY -> TaosType.VARBINARY;
            case GEOMETRY -> TaosType.GEOMETRY;
            default -> TaosType.VARCHAR;
        };
        int length;
        if (p.at(TokenType.LP)) {
            p.pos++;
            length = (int) Math.min(Integer.MAX_VALUE, p.integer());
            p.expect(TokenType.RP);
        } else if (cast && t != TokenType.GEOMETRY) {
            length = t == TokenType.NCHAR ? DEFAULT_NCHAR_LENGTH : DEFAULT_VAR_LENGTH;
        } else {
            throw p.error();
        }
        return new TypeSpec(p.spanFrom(start), type, length, 0, 0);
    }

    private static TypeSpec decimal(ParserBase p, int start) {
        p.pos++;
        int precision = 0;
        int scale = 0;
        if (p.accept(TokenType.LP)) {
            precision = (int) Math.min(Integer.MAX_VALUE, p.integer());
            if (p.accept(TokenType.COMMA)) {
                scale = (int) Math.min(Integer.MAX_VALUE, p.integer());
            }
            p.expect(TokenType.RP);
        }
        TaosType type = precision >= 1 && precision <= 18 ? TaosType.DECIMAL64 : TaosType.DECIMAL;
        return new TypeSpec(p.spanFrom(start), type, 0, precision, scale);
    }
}
