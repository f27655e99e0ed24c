package io.taos4j.server.sql;

import static io.taos4j.server.sql.TokenType.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<TokenType> types(String sql) {
        return Lexer.tokenize(sql).tokens().stream().map(Token::type).toList();
    }

    private static List<String> texts(String sql) {
        return Lexer.tokenize(sql).tokens().stream().map(t -> t.text(sql)).toList();
    }

    @Test
    void tokenizesAStatementWithOffsets() {
        String sql = "select ts, avg(v) from db.t where v >= 1.5 -- done";
        Lexer lx = Lexer.tokenize(sql);
        assertThat(types(sql)).containsExactly(SELECT, IDENTIFIER, COMMA, IDENTIFIER, LP, IDENTIFIER, RP, FROM,
                IDENTIFIER, DOT, IDENTIFIER, WHERE, IDENTIFIER, GE, FLOAT_LITERAL, EOF);
        assertThat(lx.tokens().get(5)).isEqualTo(new Token(IDENTIFIER, 15, 16));
        assertThat(lx.tokens().get(lx.count() - 1)).isEqualTo(new Token(EOF, sql.length(), sql.length()));
        assertThat(lx.endsWithSemicolon()).isFalse();
    }

    @Test
    void durationsNeedOneUnitLetterAndThenANonIdentifierCharacter() {
        assertThat(types("10s 1d) 500a,1b 1u 1m 1h 1w 1n 1y")).containsExactly(DURATION_LITERAL, DURATION_LITERAL,
                RP, DURATION_LITERAL, COMMA, DURATION_LITERAL, DURATION_LITERAL, DURATION_LITERAL, DURATION_LITERAL,
                DURATION_LITERAL, DURATION_LITERAL, DURATION_LITERAL, EOF);
        assertThat(types("1x")).containsExactly(INTEGER_LITERAL, IDENTIFIER, EOF);
        assertThat(texts("1ms 1sa")).containsExactly("1", "ms", "1", "sa", "");
        assertThat(types("1.5s")).containsExactly(FLOAT_LITERAL, IDENTIFIER, EOF);
        assertThat(types("1S")).containsExactly(DURATION_LITERAL, EOF);
        assertThat(types("1dä")).containsExactly(DURATION_LITERAL, ALIAS, EOF);
    }

    @Test
    void exponentsMakeDoublesNotDurations() {
        assertThat(types("1e3 1E3 1e+3 2.5e-3 .5e2 1. .5")).containsOnly(FLOAT_LITERAL, EOF).hasSize(8);
        assertThat(texts("1e")).containsExactly("1", "e", "");
        assertThat(texts("1e+")).containsExactly("1", "e", "+", "");
        assertThat(types("1.2.3.4")).containsExactly(IPTOKEN, EOF);
        assertThat(types("1.2.3")).containsExactly(ILLEGAL, EOF);
    }

    @Test
    void hexAndBinaryIntegers() {
        assertThat(types("0x1f 0b101 0xABC 0 01")).containsExactly(HEX, BIN, HEX, INTEGER_LITERAL, INTEGER_LITERAL,
                EOF);
        assertThat(types("0x")).containsExactly(ILLEGAL, EOF);
        assertThat(types("0b2")).containsExactly(ILLEGAL, EOF);
        assertThat(texts("0b1012")).containsExactly("0b101", "2", "");
    }

    @Test
    void stringsAndIdentifiers() {
        assertThat(types("'a''b' \"c\\\"d\" `e``f` tbname status `select` ä_x true FALSE"))
                .containsExactly(STRING, STRING, QUOTED_IDENTIFIER, TBNAME, IDENTIFIER, QUOTED_IDENTIFIER, ALIAS,
                        BOOL_LITERAL, BOOL_LITERAL, EOF);
        assertThat(types("'abc")).containsExactly(ILLEGAL, EOF);
        assertThat(types("'a\\'")).containsExactly(ILLEGAL, EOF);
        assertThat(types("`a\\`")).containsExactly(QUOTED_IDENTIFIER, EOF);
    }

    @Test
    void keywordsAreCaseInsensitiveAndReserved() {
        assertThat(types("SELECT Select select")).containsExactly(SELECT, SELECT, SELECT, EOF);
        assertThat(Keywords.isKeyword("value")).isTrue();
        assertThat(Keywords.isKeyword("last_row")).isTrue();
        assertThat(Keywords.isKeyword("_irowts_origin")).isTrue();
        assertThat(Keywords.isKeyword("ss_keeplocal")).isTrue();
        assertThat(Keywords.isKeyword("minus")).isTrue();
        for (String word : List.of("status", "columns", "level", "name", "type", "data", "time", "date", "id",
                "password", "role", "row", "string", "wal", "begin", "copy", "of", "times", "concat", "avg", "sum",
                "max", "min", "mode", "sample", "unique", "tail", "interp", "ifnull", "nvl", "coalesce", "md5",
                "sha2", "to_base64", "from_base64", "rowts", "qstart", "qend", "wstart", "wend", "wduration", "qtags",
                "event", "disable", "trigger", "alias", "schema", "length", "note", "size", "current", "voltage",
                "phase", "location", "groupid", "encode", "compress", "s3_chunkpages")) {
            assertThat(Keywords.isKeyword(word)).as(word).isFalse();
        }
        assertThat(MINUS_KW.text()).isEqualTo("minus");
        assertThat(LAST_ROW.text()).isEqualTo("last_row");
    }

    @Test
    void operators() {
        assertThat(types("+ - * / % %% & | ~ = == <> != < > <= >= -> || << >> ( ) , . ; ?"))
                .containsExactly(PLUS, MINUS, STAR, SLASH, REM, PH, BITAND, BITOR, BITNOT, EQ, EQ, NE, NE, LT, GT,
                        LE, GE, ARROW, CONCAT, LSHIFT, RSHIFT, LP, RP, COMMA, DOT, EOF);
        assertThat(types("a ! b")).containsExactly(IDENTIFIER, ILLEGAL, EOF);
        assertThat(types("a # b")).containsExactly(IDENTIFIER, ILLEGAL, EOF);
    }

    @Test
    void commentsAreSkipped() {
        assertThat(texts("select 1 -- c; select 2\n+ 2")).containsExactly("select", "1", "+", "2", "");
        assertThat(texts("select /* a; b */ 1")).containsExactly("select", "1", "");
        assertThat(texts("select 1 /* x")).containsExactly("select", "1", "");
        assertThat(texts("select 1 /**/ 2")).containsExactly("select", "1", "2", "");
        assertThat(texts("select 1 /*")).containsExactly("select", "1", "/", "*", "");
        assertThat(types("-- only")).containsExactly(EOF);
    }

    @Test
    void hintsOnlyRightAfterSelect() {
        assertThat(types("select /*+ batch_scan() */ 1")).containsExactly(SELECT, HINT, INTEGER_LITERAL, EOF);
        assertThat(types("select 1 /*+ batch_scan() */")).containsExactly(SELECT, INTEGER_LITERAL, EOF);
        assertThat(types("select /* batch_scan() */ 1")).containsExactly(SELECT, INTEGER_LITERAL, EOF);
    }

    @Test
    void theFirstSemicolonOutsideQuotesAndCommentsEndsTheStatement() {
        Lexer lx = Lexer.tokenize("select 'a;b', `c;d` /* ; */ from t; drop table x");
        assertThat(lx.endsWithSemicolon()).isTrue();
        assertThat(lx.tokens()).extracting(Token::type)
                .containsExactly(SELECT, STRING, COMMA, QUOTED_IDENTIFIER, FROM, IDENTIFIER, EOF);
        assertThat(lx.start(lx.count() - 1)).isEqualTo(34);
    }

    @Test
    void aNulCharacterEndsTheText() {
        Lexer lx = Lexer.tokenize("select 1\0garbage $");
        assertThat(lx.tokens()).extracting(Token::type).containsExactly(SELECT, INTEGER_LITERAL, EOF);
        assertThat(lx.endsWithSemicolon()).isFalse();
    }

    @Test
    void placeholdersAreNumberedLeftToRight() {
        Lexer lx = Lexer.tokenize("insert into ? using st tags(?) values(?, ?)");
        assertThat(lx.placeholderCount()).isEqualTo(4);
        int n = 0;
        for (int i = 0; i < lx.count(); i++) {
            if (lx.type(i) == QUESTION) {
                assertThat(lx.placeholderIndex(i)).isEqualTo(n++);
            }
        }
    }

    @Test
    void anIllegalCharacterEndsTheTokenList() {
        Lexer lx = Lexer.tokenize("select $x, 1");
        assertThat(lx.tokens()).extracting(Token::type).containsExactly(SELECT, ILLEGAL, EOF);
        assertThat(lx.tokens().get(1)).isEqualTo(new Token(ILLEGAL, 7, 12));
    }
}
