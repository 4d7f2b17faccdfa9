package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.quantity.QuantityText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An important programme of the year (年度重要計畫) and the KPIs it serves. */
@Value.Immutable
public interface Programme {
  /**
   * @return the work programme (工作計畫名稱) it belongs to
   */
  String workProgramme();

  /**
   * @return the programme item (重要計畫項目)
   */
  String item();

  /**
   * @return its category (計畫類別)
   */
  ProgrammeCategory category();

  /**
   * @return its content (實施內容), one entry per numbered point, numbering removed
   */
  List<String> content();

  /**
   * @return the KPIs it serves (與KPI關聯): each a KPI id such as {@code 2.3} or a KPI's name, as
   *     printed; see {@link AnnualPlan#resolve(String)}
   */
  List<String> kpis();

  /** Rejects what no document can hold. */
  @Value.Check
  default void check() {
    Assert.text(workProgramme(), "Programme.workProgramme");
    Assert.text(item(), "Programme.item");
    Assert.texts(content(), "Programme.content");
    Assert.texts(kpis(), "Programme.kpis");
  }

  /**
   * @return its budget as printed, a quantity such as {@code 12,345千元}, where the plan gives one
   */
  Optional<QuantityText> budget();

  /**
   * @return a builder of programmes
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Programme}.
   *
   * <p>Every attribute of {@link Programme} has a setter of the same name, which takes the value
   * (an optional attribute also takes an {@code Optional}) and returns this builder; a list
   * attribute has {@code addX} for one or more elements and {@code addAllX} for an iterable
   * besides, and its setter replaces the list. {@code from(Programme)} starts from an existing
   * value. A setter given {@code null} throws {@link NullPointerException}; {@code build()} throws
   * {@link NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link Programme} states.
   */
  final class Builder extends ImmutableProgramme.Builder {
    Builder() {}

    /**
     * Sets the budget from its printed text, such as {@code 12,345千元}.
     *
     * @param printed the budget as printed
     * @return this builder
     */
    public Builder budget(String printed) {
      return budget(QuantityText.of(printed));
    }
  }
}
