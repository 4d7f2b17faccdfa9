package io.github.kpi4j.model;

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

  /** Builds an {@link Agency}. */
  final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
