package io.github.kpi4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * The value of one option or parameter of a command: picocli sets it from the command line, the
 * command reads it with {@link #value()}. It carries its type, which picocli needs to convert the
 * argument, since {@link CommandSpecs} describes commands without reflection.
 *
 * @param <T> the type of the value
 */
final class Arg<T> implements IGetter, ISetter {
  private final Class<?> type;
  private final Class<?> element;
  private T value;

  private Arg(Class<?> type, Class<?> element, T initial) {
    this.type = type;
    this.element = element;
    this.value = initial;
  }

  /**
   * @param type the value's type
   * @param initial the value when the command line does not give one
   * @return a single value
   */
  static <T> Arg<T> of(Class<T> type, T initial) {
    return new Arg<>(type, type, initial);
  }

  /**
   * @param element the type of each value
   * @return the values of a repeated option or of a parameter that takes several, none at first
   */
  static <E> Arg<List<E>> list(Class<E> element) {
    return new Arg<>(List.class, element, new ArrayList<>());
  }

  /**
   * @return the value
   */
  T value() {
    return value;
  }

  Class<?> type() {
    return type;
  }

  /**
   * @return the type of each value of a list, or the type of a single value
   */
  Class<?> element() {
    return element;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get() {
    return (V) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V set(V newValue) {
    V old = (V) value;
    value = (T) newValue;
    return old;
  }
}
