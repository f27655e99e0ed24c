package io.taos4j.server.query.expr;

import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code LIKE}, {@code NOT LIKE} (ASCII-case-insensitive; {@code %} any run, {@code _} one character, {@code \%}
 * and {@code \_} literal) and {@code MATCH}/{@code NMATCH} (regular expressions, case-sensitive), as in
 * tdengine-sql.md §6.4. A NULL operand gives false.
 */
public final class PatternExpr extends Expression {
    private final Expression operand;
    private final Pattern pattern;
    private final boolean negate;
    /** Regular expressions match anywhere in the text; LIKE patterns must match it whole. */
    private final boolean find;

    private PatternExpr(Expression operand, Pattern pattern, boolean negate, boolean find) {
        super(DataType.BOOL);
        this.operand = operand;
        this.pattern = pattern;
        this.negate = negate;
        this.find = find;
    }

    public static PatternExpr like(Expression operand, String like, boolean not) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length() && (like.charAt(i + 1) == '%' || like.charAt(i + 1) == '_')) {
                re.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new PatternExpr(operand, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
                not, false);
    }

    /** @throws java.util.regex.PatternSyntaxException for a bad expression */
    public static PatternExpr match(Expression operand, String regex, boolean not) {
        return new PatternExpr(operand, Pattern.compile(regex), not, true);
    }

    @Override
    public ColumnVector eval(Batch input, EvalContext ctx) {
        ColumnVector v = operand.eval(input, ctx);
        int n = input.rows();
        byte[] out = new byte[n];
        BinaryVector b = (BinaryVector) v;
        for (int i = 0; i < n; i++) {
            if (v.isNull(i)) {
                continue;
            }
            String s = b.getString(i);
            boolean m = find ? pattern.matcher(s).find() : pattern.matcher(s).matches();
            out[i] = m != negate ? (byte) 1 : 0;
        }
        return BoolVector.wrap(out, n);
    }

    @Override
    public void collectInputs(Set<Integer> out) {
        operand.collectInputs(out);
    }
}
