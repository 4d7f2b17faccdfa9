package io.github.kpi4j.validation.internal;

import io.github.kpi4j.model.Programme;
import io.github.kpi4j.validation.internal.BuiltInRule.Reporter;

/** How messages name a programme: by its item (重要計畫項目), or by its position if that is blank. */
final class ProgrammeLabel {
  private ProgrammeLabel() {}

  static String of(Programme programme, int index, Reporter reporter) {
    return programme.item().isBlank()
        ? reporter.phrase("programme.numbered", String.valueOf(index + 1))
        : programme.item().strip();
  }
}
