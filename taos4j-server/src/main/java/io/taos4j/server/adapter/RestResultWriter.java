package io.taos4j.server.adapter;

import io.netty.buffer.ByteBuf;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.server.engine.Result;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import io.taos4j.server.type.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Streams a query result as taosAdapter's REST reply (rest.md §3.2): {@code {"code":0,"column_meta":[...],
 * "data":[...],"rows":n}}, rows written as they are produced and sent in chunks of about 16 KiB, never the whole
 * result in memory. Values as the adapter writes them: RFC 3339 timestamps with 3/6/9 fraction digits in the
 * requested zone, Go's shortest floats, hex for binary types, raw JSON for JSON tags.
 */
final class RestResultWriter {
    private final HttpExchange exchange;
    private final ZoneId zone;
    private final boolean rowWithMeta;
    private final boolean timing;

    RestResultWriter(HttpExchange exchange, ZoneId zone, boolean rowWithMeta, boolean timing) {
        this.exchange = exchange;
        this.zone = zone;
        this.rowWithMeta = rowWithMeta;
        this.timing = timing;
    }

    /** The reply to a statement without a result set. */
    String update(long affected) {
        String head = rowWithMeta ? "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":"
                + "[{\"affected_rows\":" : "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[";
        String tail = rowWithMeta ? "}],\"rows\":1" : "]],\"rows\":1";
        return head + affected + tail + (timing ? ",\"timing\":" + exchange.elapsed() : "") + "}";
    }

    /** The {@code column_meta} type name: TDengine's, with {@code DECIMAL(p,s)} spelled without a space. */
    static String typeName(DataType t) {
        return t.type().isDecimal() ? "DECIMAL(" + t.precision() + "," + t.scale() + ")" : t.type().sqlName();
    }

    /**
     * Streams the result and closes its operator. An error producing the first rows is thrown (the caller answers
     * with an error object); a later one ends the reply early, as taosAdapter's does.
     */
    void query(Result.Query q) {
        List<Field> fields = q.fields();
        Precision precision = q.precision();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(switch (precision) {
            case MILLISECONDS -> "uuuu-MM-dd'T'HH:mm:ss.SSSXXX";
            case MICROSECONDS -> "uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX";
            case NANOSECONDS -> "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX";
        }).withZone(zone);
        byte[][] names = new byte[fields.size()][];
        ByteBuf out = exchange.buffer(HttpExchange.CHUNK + 1024);
        JsonText.writeAscii(out, "{\"code\":0,\"column_meta\":[");
        for (int c = 0; c < fields.size(); c++) {
            Field f = fields.get(c);
            if (c > 0) {
                out.writeByte(',');
            }
            out.writeByte('[');
            JsonText.writeString(out, f.name());
            out.writeByte(',');
            JsonText.writeString(out, typeName(f.type()));
            out.writeByte(',');
            JsonText.writeAscii(out, Integer.toString(f.type().userLength()));
            out.writeByte(']');
            ByteBuf name = exchange.buffer(f.name().length() + 8);
            JsonText.writeString(name, f.name());
            names[c] = new byte[name.readableBytes()];
            name.readBytes(names[c]);
            name.release();
        }
        JsonText.writeAscii(out, "],\"data\":[");
        var rows = q.rows();
        Batch first;
        try {
            first = rows.next();
        } catch (RuntimeException e) {
            out.release();
            rows.close();
            throw e;
        }
        exchange.startStream(HttpExchange.JSON);
        long total = 0;
        try (rows) {
            for (Batch b = first; b != null; b = rows.next()) {
                for (int r = 0; r < b.rows(); r++) {
                    if (total++ > 0) {
                        out.writeByte(',');
                    }
                    out.writeByte(rowWithMeta ? '{' : '[');
                    for (int c = 0; c < fields.size(); c++) {
                        if (c > 0) {
                            out.writeByte(',');
                        }
                        if (rowWithMeta) {
                            out.writeBytes(names[c]);
                            out.writeByte(':');
                        }
                        value(out, fields.get(c).type(), b.column(c), r, precision, time);
                    }
                    out.writeByte(rowWithMeta ? '}' : ']');
                    if (out.readableBytes() >= HttpExchange.CHUNK) {
                        if (!exchange.chunk(out)) {
                            return;
                        }
                        out = exchange.buffer(HttpExchange.CHUNK + 1024);
                    }
                }
            }
        } catch (RuntimeException e) {
            out.release();
            exchange.abort();
            return;
        }
        JsonText.writeAscii(out, "],\"rows\":" + total);
        if (timing) {
            JsonText.writeAscii(out, ",\"timing\":" + exchange.elapsed());
        }
        out.writeByte('}');
        exchange.chunk(out);
        exchange.end();
    }

    private static void value(ByteBuf out, DataType type, ColumnVector v, int r, Precision precision,
                              DateTimeFormatter time) {
        if (v.isNull(r)) {
            JsonText.writeAscii(out, "null");
            return;
        }
        TaosType t = type.type();
        switch (t) {
            case BOOL -> JsonText.writeAscii(out, ((BoolVector) v).get(r) != 0 ? "true" : "false");
            case TINYINT -> JsonText.writeAscii(out, Byte.toString(((ByteVector) v).get(r)));
            case UTINYINT -> JsonText.writeAscii(out, Integer.toString(((ByteVector) v).get(r) & 0xFF));
            case SMALLINT -> JsonText.writeAscii(out, Short.toString(((ShortVector) v).get(r)));
            case USMALLINT -> JsonText.writeAscii(out, Integer.toString(((ShortVector) v).get(r) & 0xFFFF));
            case INT -> JsonText.writeAscii(out, Integer.toString(((IntVector) v).get(r)));
            case UINT -> JsonText.writeAscii(out, Integer.toUnsignedString(((IntVector) v).get(r)));
            case BIGINT -> JsonText.writeAscii(out, Long.toString(((LongVector) v).get(r)));
            case UBIGINT -> JsonText.writeAscii(out, Long.toUnsignedString(((LongVector) v).get(r)));
            case FLOAT -> JsonText.writeAscii(out, JsonText.formatFloat(((FloatVector) v).get(r)));
            case DOUBLE -> JsonText.writeAscii(out, JsonText.formatDouble(((DoubleVector) v).get(r)));
            case TIMESTAMP -> {
                Instant i = precision.toInstant(((LongVector) v).get(r));
                JsonText.writeString(out, time.format(i));
            }
            case VARCHAR, NCHAR -> {
                BinaryVector b = (BinaryVector) v;
                JsonText.writeUtf8(out, b.data(), b.start(r), b.length(r));
            }
            case JSON -> {
                BinaryVector b = (BinaryVector) v;
                out.writeBytes(b.data(), b.start(r), b.length(r));
            }
            case VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB -> JsonText.writeHex(out, ((BinaryVector) v).getBytes(r));
            case DECIMAL64 -> JsonText.writeString(out, BigDecimal.valueOf(((LongVector) v).get(r), type.scale())
                    .toPlainString());
            case DECIMAL -> JsonText.writeString(out, new BigDecimal((BigInteger) v.getObject(r), type.scale())
                    .toPlainString());
            default -> JsonText.writeAscii(out, "null");
        }
    }
}
