package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import java.util.Optional;
import org.immutables.value.Value;

/** The agency (機關) whose plan it is, such as 外交部 ({@code MOFA}) or 大陸委員會 ({@code MAC}). */
@Value.Immutable
public interface Agency {
  /**
   * @return a short stable code, such as {@code MAC}
   */
  String code();

  /**
   * @return the agency's name as printed, such as {@code 大陸委員會}
   */
  String name();

  /**
   * @return the English name, such as {@code Mainland Affairs Council}
   */
  Optional<String> englishName();

  /** Rejects what no document can hold. */
  @Value.Check
  default void check() {
    Assert.text(code(), "Agency.code");
    Assert.text(name(), "Agency.name");
    englishName().ifPresent(n -> Assert.text(n, "Agency.englishName"));
  }

  /**
   * @return whether the agency is central or local; {@link AgencyLevel#CENTRAL} unless the plan
   *     says otherwise
   */
  @Value.Default
  default AgencyLevel level() {
    return AgencyLevel.CENTRAL;
  }

  /**
   * @param code a short stable code
   * @param name the name as printed
   * @return an agency without an English name
   */
  static Agency of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * @return a builder of agencies
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agency}.
   *
   * <p>Every attribute of {@link Agency} has a setter of the same name, which takes the value (an
   * optional attribute also takes an {@code Optional}) and returns this builder; a list attribute
   * has {@code addX} for one or more elements and {@code addAllX} for an iterable besides, and its
   * setter replaces the list. {@code from(Agency)} starts from an existing value. A setter given
   * {@code null} throws {@link NullPointerException}; {@code build()} throws {@link
   * NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link Agency} states.
   */
  final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
