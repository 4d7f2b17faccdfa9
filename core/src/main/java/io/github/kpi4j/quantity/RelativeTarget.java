package io.github.kpi4j.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target written relative to an earlier year: {@code 較前年度增加10%}, {@code 較上年度成長2%}, {@code
 * 每年增加5%}, {@code 較前年度減少3%}. It stands for baseline × (1 + 10%), or baseline × (1 − 3%) for a
 * decrease, once a baseline is known; without one it states no quantity.
 *
 * <p>What is read, after NFKC (full-width digits and ％ become ASCII) and without white space: an
 * optional 需 or 應; the year it is measured from, 較 or 比 with 前, 上 or 去, an optional 一 or 1, and 年
 * or 年度 ({@code 較前年度}, {@code 較上一年度}, {@code 比去年}), or 每年, 每年度, 逐年; a verb of increase (增加, 成長, 增長,
 * 提升, 提高) or of decrease (減少, 降低, 減低, 下降); a percentage; then optionally 以上 and a full stop.
 * Anything else, such as an absolute change ({@code 較前年度增加10人}) or percentage points ({@code
 * 增加2個百分點}), is not a relative target.
 */
@Value.Immutable
public interface RelativeTarget {
  /**
   * @return the target as written
   */
  @Value.Parameter
  String text();

  /**
   * @return the relative change as a fraction: 0.1 for {@code 增加10%}, −0.03 for {@code 減少3%}
   */
  @Value.Parameter
  BigDecimal change();

  /**
   * @return whether the target asks for a decrease ({@code 減少}, {@code 降低} …)
   */
  default boolean isDecrease() {
    return change().signum() < 0;
  }

  /**
   * @param baseline the value of the earlier year
   * @return baseline × (1 + change), in the baseline's unit: 1,200次 and {@code 增加10%} give 1320次
   */
  default Quantity applyTo(Quantity baseline) {
    return Quantity.of(baseline.value().multiply(BigDecimal.ONE.add(change())), baseline.unit());
  }

  /**
   * @param text a target as printed
   * @return the relative target it states, or empty if it is not one
   */
  static Optional<RelativeTarget> parse(String text) {
    return QuantityParser.parseRelative(text);
  }
}
