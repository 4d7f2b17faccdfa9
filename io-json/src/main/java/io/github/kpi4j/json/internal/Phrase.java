package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;

/**
 * A message of the catalogue not yet put into a language: its key and its arguments. The
 * deserializers are shared by every reader, so they hold what they say as phrases, and each reading
 * phrases them in its own language.
 */
final class Phrase {
  private final String key;
  private final Object[] arguments;

  private Phrase(String key, Object[] arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * @param key a key of io-json's catalogue
   * @param arguments the values of its placeholders
   * @return the phrase
   */
  static Phrase of(String key, Object... arguments) {
    return new Phrase(key, arguments.clone());
  }

  /**
   * @param messages a language
   * @return the phrase in that language
   */
  String in(Messages messages) {
    return messages.format(key, arguments);
  }

  @Override
  public String toString() {
    return key;
  }
}
