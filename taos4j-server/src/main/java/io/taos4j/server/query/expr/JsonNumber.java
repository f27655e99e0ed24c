package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.Set;

/**
 * A JSON value used in arithmetic ({@code j->'n' + 1}, tdengine-sql.md §6.10): a JSON number is that number, a JSON
 * string counts by its leading number (non-numeric text is 0, as strings in arithmetic are), {@code true}/{@code
 * false} are 1/0; JSON null and a missing key are NULL.
 */
public final class JsonNumber extends Expression {
    private final Expression json;

    public JsonNumber(Expression json) {
        super(DataType.DOUBLE);
        this.json = json;
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        BinaryVector v = (BinaryVector) json.eval(input, ctx);
        int n = input.rows();
        DoubleVector out = new DoubleVector(n);
        for (int i = 0; i < n; i++) {
            String text = v.isNull(i) ? null : v.getString(i).strip();
            if (text == null || text.equals("null")) {
                out.appendNull();
            } else if (text.equals("true") || text.equals("false")) {
                out.append(text.equals("true") ? 1 : 0);
            } else {
                if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1);
                }
                out.append(Values.parseLeadingDouble(text));
            }
        }
        return out;
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        json.collectInputs(out);
    }
}
