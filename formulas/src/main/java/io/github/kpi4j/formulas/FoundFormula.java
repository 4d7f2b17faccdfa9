package io.github.kpi4j.formulas;

import io.github.kpi4j.internal.Assert;
import java.util.List;
import java.util.Optional;

/**
 * A formula found in a measurement standard (衡量標準) as printed, with where it stands there: what
 * {@link MeasurementStandards#find(String)} returns.
 *
 * <p>For {@code （3）執行率：實際執行數÷應執行數×100%（超過100%以100%計算）。} it is the formula {@code 實際執行數÷應執行數×100%},
 * one {@linkplain #spans() span} of the standard, the {@linkplain #definedName() name} {@code 執行率}
 * and the {@linkplain #remarks() remark} {@code （超過100%以100%計算）}.
 *
 * <p>Instances are immutable.
 */
public interface FoundFormula {
  /** A repair made to read the formula, which a careful reader may want to check. */
  enum Repair {
    /** A line break inside a name or a number (a wrapped table cell) was joined. */
    JOINED_LINE_BREAK,
    /** A number grouped by thousands ({@code 10,000}) was read as one number. */
    GROUPED_NUMBER,
    /** A Latin {@code x} between two operands was read as ×. */
    LATIN_X,
    /** A unit in brackets after a name ({@code 售電量（度）}) was left out of the arithmetic. */
    UNIT_LEFT_OUT,
    /** A numerator and a denominator printed apart were assembled into one formula. */
    ASSEMBLED_FRACTION,
    /**
     * Labels printed inside the formula before its operands ({@code （分子）甲／（分母）乙}) were left out of
     * it.
     */
    LABEL_LEFT_OUT
  }

  /**
   * A part of the measurement standard.
   *
   * @param start the index of its first character in the standard (UTF-16 code units)
   * @param end the index just after its last character
   */
  record Span(int start, int end) {
    /**
     * @throws IllegalArgumentException if {@code start} is negative or beyond {@code end}
     */
    public Span {
      Assert.isTrue(
          start >= 0 && end >= start, "a span runs from 0 ≤ start ≤ end, got %d, %d", start, end);
    }
  }

  /**
   * A repair made, and where.
   *
   * @param repair what was repaired
   * @param position the index in the measurement standard where it was made
   */
  record Note(Repair repair, int position) {
    /**
     * @throws NullPointerException if {@code repair} is {@code null}
     */
    public Note {
      Assert.notNull(repair, "repair");
    }
  }

  /**
   * @return the formula, compiled from {@link #text()}
   */
  Formula formula();

  /**
   * @return the formula as it stands in the standard (a part of it), or, for a numerator and a
   *     denominator printed apart or operands printed with labels, the formula assembled from them
   */
  String text();

  /**
   * @return where the formula stands in the standard: one span, or the spans of the numerator and
   *     the denominator; in the order of the standard
   */
  List<Span> spans();

  /**
   * @return the name the standard defines by the formula ({@code 執行率} in {@code 執行率＝甲÷乙} or {@code
   *     執行率：甲÷乙}), in NFKC form; empty when it names none
   */
  Optional<String> definedName();

  /**
   * @return the value the standard prints for the formula ({@code 2%} in {@code …＝2%}); empty when
   *     it prints none
   */
  Optional<String> printedValue();

  /**
   * @return the remarks after the formula that are not arithmetic, as printed: a cap, a range, a
   *     condition, a unit note; in the order of the standard
   */
  List<String> remarks();

  /**
   * @return the repairs made to read the formula, in the order of the standard
   */
  List<Note> notes();
}
