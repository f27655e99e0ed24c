package io.taos4j.server.type;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Well-known text to well-known binary (little-endian) for the 2-D geometries TDengine accepts in GEOMETRY
 * columns: POINT, LINESTRING and POLYGON (tdengine-sql.md §2.1), and back to text for display.
 */
public final class Wkt {
    private Wkt() {
    }

    /** WKB bytes of a WKT text, or null when the text is not a POINT, LINESTRING or POLYGON. */
    public static byte[] toWkb(String wkt) {
        String t = wkt.strip().toUpperCase(Locale.ROOT);
        try {
            if (t.startsWith("POINT")) {
                List<double[]> pts = points(body(t, "POINT"));
                if (pts.size() != 1) {
                    return null;
                }
                ByteBuffer b = header(1, 16);
                b.putDouble(pts.get(0)[0]).putDouble(pts.get(0)[1]);
                return b.array();
            }
            if (t.startsWith("LINESTRING")) {
                List<double[]> pts = points(body(t, "LINESTRING"));
                if (pts.size() < 2) {
                    return null;
                }
                ByteBuffer b = header(2, 4 + 16 * pts.size());
                b.putInt(pts.size());
                pts.forEach(p -> b.putDouble(p[0]).putDouble(p[1]));
                return b.array();
            }
            if (t.startsWith("POLYGON")) {
                String body = body(t, "POLYGON");
                List<List<double[]>> rings = new ArrayList<>();
                int i = 0;
                while (i < body.length()) {
                    int open = body.indexOf('(', i);
                    if (open < 0) {
                        break;
                    }
                    int close = body.indexOf(')', open);
                    if (close < 0) {
                        return null;
                    }
                    List<double[]> ring = points(body.substring(open + 1, close));
                    if (ring.size() < 4) {
                        return null;
                    }
                    rings.add(ring);
                    i = close + 1;
                }
                if (rings.isEmpty()) {
                    return null;
                }
                int size = 4;
                for (List<double[]> r : rings) {
                    size += 4 + 16 * r.size();
                }
                ByteBuffer b = header(3, size);
                b.putInt(rings.size());
                for (List<double[]> r : rings) {
                    b.putInt(r.size());
                    r.forEach(p -> b.putDouble(p[0]).putDouble(p[1]));
                }
                return b.array();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static ByteBuffer header(int geometryType, int bodyBytes) {
        ByteBuffer b = ByteBuffer.allocate(5 + bodyBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).putInt(geometryType);
        return b;
    }

    private static String body(String t, String keyword) {
        String rest = t.substring(keyword.length()).strip();
        if (!rest.startsWith("(") || !rest.endsWith(")")) {
            throw new IllegalArgumentException(t);
        }
        return rest.substring(1, rest.length() - 1).strip();
    }

    private static List<double[]> points(String text) {
        List<double[]> out = new ArrayList<>();
        for (String p : text.split(",")) {
            String[] xy = p.strip().split("\\s+");
            if (xy.length != 2) {
                throw new IllegalArgumentException(p);
            }
            out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return out;
    }

    /** WKT text of WKB bytes, as TDengine's shell prints it ({@code POINT (1.000000 2.000000)}); null if unreadable. */
    public static String toText(byte[] wkb) {
        try {
            ByteBuffer b = ByteBuffer.wrap(wkb).order(wkb[0] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            b.get();
            int type = b.getInt();
            StringBuilder sb = new StringBuilder();
            switch (type) {
                case 1 -> sb.append("POINT (").append(xy(b)).append(')');
                case 2 -> {
                    int n = b.getInt();
                    sb.append("LINESTRING (");
                    for (int i = 0; i < n; i++) {
                        sb.append(i > 0 ? ", " : "").append(xy(b));
                    }
                    sb.append(')');
                }
                case 3 -> {
                    int rings = b.getInt();
                    sb.append("POLYGON (");
                    for (int r = 0; r < rings; r++) {
                        int n = b.getInt();
                        sb.append(r > 0 ? ", " : "").append('(');
                        for (int i = 0; i < n; i++) {
                            sb.append(i > 0 ? ", " : "").append(xy(b));
                        }
                        sb.append(')');
                    }
                    sb.append(')');
                }
                default -> {
                    return null;
                }
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String xy(ByteBuffer b) {
        return String.format(Locale.ROOT, "%f %f", b.getDouble(), b.getDouble());
    }
}
