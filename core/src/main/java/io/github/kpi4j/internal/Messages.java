package io.github.kpi4j.internal;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The messages of a {@link MessageCatalogue} in one language. Immutable and thread-safe.
 *
 * <p>A key without a message, or a placeholder without an argument, is a defect of kpi4j, not of
 * the input, and raises {@link IllegalStateException}.
 */
public final class Messages {
  private final Locale locale;
  private final Properties texts;

  Messages(Locale locale, Properties texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /**
   * @return the language of the messages: {@link Locales#ENGLISH} or {@link
   *     Locales#TRADITIONAL_CHINESE}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * @return every key, for tests that compare the languages
   */
  public Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /**
   * @param key a key
   * @return whether this language has a message for it
   */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * @param key a key
   * @return the message as written, placeholders included
   * @throws IllegalStateException if there is no message for {@code key}
   */
  public String pattern(String key) {
    String pattern = texts.getProperty(key);
    Assert.state(pattern != null, "no message %s in the %s messages", key, locale);
    return pattern;
  }

  /**
   * @param key a key
   * @param arguments the values of the placeholders {@code {0}}, {@code {1}} …, shown as {@link
   *     String#valueOf(Object)} gives them
   * @return the message with its placeholders replaced
   * @throws IllegalStateException if there is no message for {@code key}, or it has a placeholder
   *     beyond the arguments given
   */
  public String format(String key, Object... arguments) {
    String pattern = pattern(key);
    // One pass over the pattern, so that an argument holding "{1}" is never itself replaced.
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isDigits(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern, i + 1, close, 10);
        Assert.state(
            index < arguments.length,
            "message %s wants argument %d, got %d",
            key,
            index,
            arguments.length);
        out.append(arguments[index]);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A message about a count, in the form the count needs: the message {@code KEY.zero} for none,
   * {@code KEY.one} for one, {@code KEY.other} for any other count.
   *
   * @param key the key without its form
   * @param count the count, the placeholder {@code {0}}, grouped as the language reads it ({@link
   *     #number(long)})
   * @return the message
   * @throws IllegalStateException if the form's message is missing
   */
  public String count(String key, long count) {
    String form = count == 0 ? ".zero" : count == 1 ? ".one" : ".other";
    return format(key + form, number(count));
  }

  /**
   * @param count a count
   * @return the count as this language groups it for reading: {@code 1,234}
   */
  public String number(long count) {
    // Below a thousand there is nothing to group, in either language, and no formatter is needed:
    // making one is most of the cost of a count in a report of many plans.
    if (count >= 0 && count < 1000) {
      return Long.toString(count);
    }
    return NumberFormat.getIntegerInstance(locale).format(count);
  }

  private static boolean isDigits(String text, int from, int to) {
    // Ten digits at most: an index beyond an int is no placeholder.
    if (to - from > 9) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Messages[" + locale + ", " + texts.size() + " keys]";
  }
}
