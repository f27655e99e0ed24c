package io.taos4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON result file and the PNG chart of {@code bench all}. */
class ReportTest {
    @TempDir
    Path dir;

    @Test
    void jsonAndChart() throws Exception {
        Report report = new Report(0.5, Report.Machine.now());
        report.add("stmt2", List.of(new Figure("stmt2", "stmt2 insert", "rows/s", 300, 100, 250, 1000, 3, 1000)),
                null, null, 1.25);
        report.add("sml", List.of(new Figure("sml", "line protocol", "rows/s", 50, 100, Double.NaN, Double.NaN, 1,
                10)), null, null, 2);
        report.add("durable", List.of(), "printed text\n", null, 3);
        report.add("fetch", List.of(), null, "java.lang.IllegalStateException: broken", 4);
        report.finish();
        Path json = dir.resolve("out/r.json");
        Path png = dir.resolve("out/r.png");
        report.writeJson(json);
        Chart.render(report, png);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("scale").asDouble()).isEqualTo(0.5);
        assertThat(root.path("reproduce").asText()).isEqualTo("./taos4j-bench/run all --scale 0.5");
        assertThat(root.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        JsonNode c = root.path("comparisons");
        assertThat(c).hasSize(4);
        JsonNode f = c.get(0).path("figures").get(0);
        assertThat(f.path("ratio").asDouble()).isEqualTo(3.0);
        assertThat(f.path("cpuRatio").asDouble()).isEqualTo(0.25);
        assertThat(c.get(1).path("figures").get(0).path("cpuRatio").isNull()).isTrue();
        assertThat(c.get(2).path("output").asText()).isEqualTo("printed text\n");
        assertThat(c.get(3).path("error").asText()).contains("broken");

        byte[] bytes = Files.readAllBytes(png);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(report.table()).contains("| stmt2 | stmt2 insert | 300 rows/s | 100 rows/s | 3.00 | 250 / 1000 |")
                .contains("| fetch | failed: java.lang.IllegalStateException: broken |");
    }
}
