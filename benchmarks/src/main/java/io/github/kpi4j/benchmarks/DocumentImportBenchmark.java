package io.github.kpi4j.benchmarks;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.document.PlanImport;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a plan from a {@code .docx}, next to what POI alone costs on the same bytes.
 *
 * <ul>
 *   <li>{@link #kpi4jImport()}: {@code PlanDocuments.read}: the kind told from the content, the zip
 *       bomb guard, POI's open, the walk into a layout, and reading the layout into a plan with its
 *       findings.
 *   <li>{@link #poiOpenAndWalk()}, baseline: POI's own {@code new XWPFDocument(bytes)} and a walk
 *       of every body paragraph and table cell's text: the floor for any .docx reader on POI.
 * </ul>
 *
 * <p>The document: a synthetic plan of 20 KPIs ({@link SyntheticPlans}), rendered by kpi4j.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DocumentImportBenchmark {
  private byte[] docx;
  private PlanDocuments documents;

  /** Creates the benchmark. */
  public DocumentImportBenchmark() {}

  /** Renders the 20-KPI plan once. */
  @Setup
  public void setUp() {
    AnnualPlan plan =
        KpiJson.create()
            .readPlan(new String(SyntheticPlans.plan(20), java.nio.charset.StandardCharsets.UTF_8));
    documents = PlanDocuments.create();
    docx = documents.write(plan, DocumentKind.DOCX);
  }

  /**
   * @return the import
   */
  @Benchmark
  public PlanImport kpi4jImport() {
    return documents.read(docx, "plan.docx");
  }

  /**
   * @return the length of all text walked, so that nothing is optimised away
   */
  @Benchmark
  public long poiOpenAndWalk() {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      long length = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          length += ((XWPFParagraph) element).getText().length();
        } else if (element instanceof XWPFTable) {
          for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              length += cell.getText().length();
            }
          }
        }
      }
      return length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
