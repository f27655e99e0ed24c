package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.JsonTags;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * JSON tag access: {@code tag->'key'} gives the key's value as JSON text ({@code "v"}, {@code 1}), NULL when absent;
 * {@code tag CONTAINS 'key'} gives whether the key is present.
 */
public final class JsonExpr extends Expression {
    private final Expression json;
    private final String key;
    private final boolean contains;

    private JsonExpr(Expression json, String key, boolean contains) {
        super(contains ? DataType.BOOL : DataType.JSON);
        this.json = json;
        this.key = key;
        this.contains = contains;
    }

    public static JsonExpr get(Expression json, String key) {
        return new JsonExpr(json, key, false);
    }

    public static JsonExpr contains(Expression json, String key) {
        return new JsonExpr(json, key, true);
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        BinaryVector v = (BinaryVector) json.eval(input, ctx);
        int n = input.rows();
        if (contains) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = !v.isNull(i) && JsonTags.contains(v.getString(i), key) ? (byte) 1 : 0;
            }
            return BoolVector.wrap(out, n);
        }
        BinaryVector out = new BinaryVector(io.taos4j.protocol.TaosType.JSON, n);
        for (int i = 0; i < n; i++) {
            String value = v.isNull(i) ? null : JsonTags.get(v.getString(i), key);
            if (value == null) {
                out.appendNull();
            } else {
                out.append(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        json.collectInputs(out);
    }
}
