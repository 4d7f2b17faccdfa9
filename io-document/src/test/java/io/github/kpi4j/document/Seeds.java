package io.github.kpi4j.document;

import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.PlanLayout;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The seed documents and transcriptions the tests read, all inside the project. */
final class Seeds {
  private Seeds() {}

  /**
   * @param name a resource of this package, such as {@code seeds/mac-107.txt}
   * @return its bytes
   */
  static byte[] bytes(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name a plan the examples module bundles, such as {@code mac-107.json}
   * @return the hand transcription
   */
  static AnnualPlan transcription(String name) {
    try (InputStream in =
        Seeds.class.getResourceAsStream("/io/github/kpi4j/examples/plans/" + name)) {
      return KpiJson.create().readPlan(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name a transcription, such as {@code mac-107.json}
   * @return it with no goal marked common (共同性目標): the documents LibreOffice made for {@code
   *     OtherSoftwareTest} were rendered before the layout printed that mark
   */
  static AnnualPlan transcriptionAsPrinted(String name) {
    AnnualPlan plan = transcription(name);
    java.util.List<io.github.kpi4j.model.Goal> goals = new java.util.ArrayList<>();
    plan.goals()
        .forEach(
            g -> goals.add(io.github.kpi4j.model.Goal.builder().from(g).common(false).build()));
    return AnnualPlan.builder().from(plan).goals(goals).build();
  }

  /**
   * @param transcription a plan the examples module bundles, such as {@code mac-107.json}
   * @param edit what to do with the cells of each row
   * @return the layout kpi4j prints for the transcription, every row of every table passed through
   *     {@code edit}
   */
  static Layout layoutEdited(String transcription, UnaryOperator<List<Layout.Cell>> edit) {
    Layout layout = PlanLayout.of(Seeds.transcription(transcription));
    List<Layout.Block> blocks = new ArrayList<>();
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Table) {
        List<Layout.Row> rows = new ArrayList<>();
        for (Layout.Row row : ((Layout.Table) block).rows()) {
          rows.add(new Layout.Row(edit.apply(new ArrayList<>(row.cells()))));
        }
        blocks.add(new Layout.Table(rows));
      } else {
        blocks.add(block);
      }
    }
    return new Layout(blocks, layout.properties());
  }
}
