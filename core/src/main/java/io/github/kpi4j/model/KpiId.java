package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** The id of a KPI in its plan: its goal's number and its own, written {@code 2.3}. */
@Value.Immutable
public interface KpiId {
  /** The written form: two positive numbers joined by a dot. */
  Pattern FORM = Pattern.compile("([1-9][0-9]{0,8})\\.([1-9][0-9]{0,8})");

  /**
   * @return the goal's number
   */
  @Value.Parameter
  int goal();

  /**
   * @return the KPI's number within the goal
   */
  @Value.Parameter
  int kpi();

  /** Rejects what can never be an id. */
  @Value.Check
  default void check() {
    Assert.atLeastOne(goal(), "KpiId.goal");
    Assert.atLeastOne(kpi(), "KpiId.kpi");
  }

  /**
   * @param goal the goal's number
   * @param kpi the KPI's number within the goal
   * @return the id
   */
  static KpiId of(int goal, int kpi) {
    return ImmutableKpiId.of(goal, kpi);
  }

  /**
   * Reads an id written as {@code 2.3}, with surrounding spaces and full-width digits allowed.
   *
   * @param text the text
   * @return the id, or empty if the text is not one
   */
  static Optional<KpiId> parse(String text) {
    // Most references are names: a Chinese character or an ASCII letter, which no normal form
    // turns into a digit or a dot, rules an id out before the text is normalised.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x3400 && c <= 0x9FFF) || (c < 0x80 && Character.isLetter(c))) {
        return Optional.empty();
      }
    }
    // FORM, matched by hand: half the references of a plan are ids, and the pattern's matcher cost
    // more than the rest of resolving one.
    String normal = Names.normalise(text);
    int dot = normal.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    int goal = number(normal, 0, dot);
    int kpi = number(normal, dot + 1, normal.length());
    return goal > 0 && kpi > 0 ? Optional.of(of(goal, kpi)) : Optional.empty();
  }

  /**
   * @return the number that {@code [1-9][0-9]{0,8}} matches as the whole of text[from, to), or -1
   */
  private static int number(String text, int from, int to) {
    if (to - from < 1 || to - from > 9 || text.charAt(from) < '1' || text.charAt(from) > '9') {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * @return the written form, such as {@code 2.3}
   */
  default String text() {
    return goal() + "." + kpi();
  }
}
