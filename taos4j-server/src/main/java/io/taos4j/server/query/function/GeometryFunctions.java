package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Wkt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Geometry functions (tdengine-sql.md §7.8, RARE): ST_GeomFromText, ST_AsText and ST_MakePoint over
 * {@link Wkt}'s POINT/LINESTRING/POLYGON. The relationship predicates (ST_Intersects, ...) validate their
 * arguments and then report 0x0100 {@code Operation not supported : <name>}.
 */
final class GeometryFunctions {
    private static final Set<TaosType> GEOMETRY = EnumSet.of(TaosType.GEOMETRY);
    /** WKB of a 2-D point: byte order, type, x, y. */
    private static final int POINT_WKB_BYTES = 21;

    private GeometryFunctions() {
    }

    static List<Fn> all() {
        return List.of(geomFromText(), asText(), makePoint(), relation("st_intersects"), relation("st_equals"),
                relation("st_touches"), relation("st_covers"), relation("st_contains"),
                relation("st_containsproperly"));
    }

    /** ST_GeomFromText(wkt) → GEOMETRY sized like the text; text that is not WKT is 0x2803. */
    private static Fn geomFromText() {
        return Fn.of("st_geomfromtext", s -> {
            s.count(1, 1).check(0, Sig.STRING, true);
            return s.isNull(0) ? DataType.geometry(0) : DataType.geometry(Vec.bytes(s.type(0)) - 2);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i)) {
                    out.appendNull();
                    continue;
                }
                byte[] wkb = Wkt.toWkb(Vec.text(a[0], i));
                if (wkb == null) {
                    throw FunctionErrors.invalidParaValue();
                }
                out.append(wkb);
            }
            return out;
        });
    }

    /** ST_AsText(geometry) → VARCHAR of the geometry's length: {@code POINT (1.000000 2.000000)}. */
    private static Fn asText() {
        return Fn.of("st_astext", s -> {
            s.count(1, 1).check(0, GEOMETRY, true);
            return s.isNull(0) ? DataType.varchar(0) : DataType.varchar(s.type(0).length());
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                String wkt = a[0].isNull(i) ? null : Wkt.toText(Vec.bytes(a[0], i));
                if (wkt == null) {
                    out.appendNull();
                } else {
                    out.append(wkt);
                }
            }
            return out;
        });
    }

    /** ST_MakePoint(x, y) → GEOMETRY(21). */
    private static Fn makePoint() {
        return Fn.of("st_makepoint", s -> {
            s.count(2, 2).checkFrom(0, Sig.NUMERIC, true);
            return DataType.geometry(POINT_WKB_BYTES);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                ByteBuffer b = ByteBuffer.allocate(POINT_WKB_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                b.put((byte) 1).putInt(1).putDouble(Vec.doubleAt(a[0], t.get(0), i))
                        .putDouble(Vec.doubleAt(a[1], t.get(1), i));
                out.append(b.array());
            }
            return out;
        });
    }

    private static Fn relation(String name) {
        return Fn.of(name, s -> {
            s.count(2, 2).checkFrom(0, GEOMETRY, true);
            throw FunctionErrors.notSupported(name);
        }, (a, t, r, rows, ctx) -> {
            throw FunctionErrors.notSupported(name);
        });
    }
}
