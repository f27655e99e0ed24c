package io.taos4j.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The PNG of {@code bench all}: for each workload, two bars, both "higher is better": throughput (taos4j rows/s over
 * the official driver's) and CPU efficiency (the official driver's client CPU per row over taos4j's), with a line at
 * 1 (parity). Rendered headless.
 */
final class Chart {
    private Chart() {
    }

    static void render(Report report, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure f : report.figures()) {
            String category = f.comparison() + ": " + f.workload();
            data.addValue(f.ratio(), "throughput: taos4j / official", category);
            if (Double.isFinite(f.cpuRatio())) {
                data.addValue(1 / f.cpuRatio(), "CPU per row: official / taos4j", category);
            }
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(2);
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        NumberAxis values = new NumberAxis("ratio (higher is better for taos4j; 1 = parity)");
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x2E, 0x6F, 0xB5));
        bars.setSeriesPaint(1, new Color(0xE0, 0x8A, 0x1E));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.00")));
        bars.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker parity = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f));
        plot.addRangeMarker(parity);
        JFreeChart chart = new JFreeChart("taos4j vs taos-jdbcdriver 3.7.9", JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        Report.Machine m = report.machine();
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "%s, scale %s; %d cores (%s), %d MB, %s; load average %.1f at start, %.1f at end; commit %.10s",
                report.started(), report.scale(), m.cores(), m.cpu(), m.memoryMb(), m.jvm(), m.loadAverageAtStart(),
                report.loadAtEnd(), m.gitCommit()), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int height = 160 + 70 * Math.max(1, report.figures().size());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, height);
    }
}
