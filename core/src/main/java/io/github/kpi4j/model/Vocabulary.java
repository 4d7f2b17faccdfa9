package io.github.kpi4j.model;

import java.util.List;
import java.util.Optional;

/**
 * A closed vocabulary of the plan format: each value has a code ({@code statistical-data}) and the
 * Chinese labels plans print for it ({@code 統計數據}); a reader accepts either.
 */
interface Vocabulary {
  /**
   * @return the code of the interchange format
   */
  String code();

  /**
   * @return the Chinese labels plans print, the usual one first
   */
  List<String> labels();

  /**
   * @param values the vocabulary
   * @param text a code or a label, with surrounding spaces allowed
   * @param <V> the vocabulary's type
   * @return the value the text names, or empty
   */
  static <V extends Vocabulary> Optional<V> find(V[] values, String text) {
    String trimmed = text.strip();
    for (V value : values) {
      if (value.code().equals(trimmed) || value.labels().contains(trimmed)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
