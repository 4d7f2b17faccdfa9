package io.github.kpi4j;

/**
 * The root of the exceptions kpi4j throws for input it cannot use: a document it cannot read, a
 * formula it cannot parse or evaluate. Each subclass carries the location of the problem.
 */
public abstract class Kpi4jException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and where
   * @param cause the underlying cause, or {@code null}
   */
  protected Kpi4jException(String message, Throwable cause) {
    super(message, cause);
  }
}
