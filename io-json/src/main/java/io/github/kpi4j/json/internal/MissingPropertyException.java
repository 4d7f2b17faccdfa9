package io.github.kpi4j.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * An object that lacks a property it needs. Unlike the mismatches the context raises at the current
 * token, it points at the start of the object: the parser stands at its end when the lack shows.
 */
final class MissingPropertyException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  MissingPropertyException(
      JsonParser p, String problem, TokenStreamLocation objectStart, Class<?> targetType) {
    super(p, problem, objectStart);
    _targetType = targetType;
  }
}
