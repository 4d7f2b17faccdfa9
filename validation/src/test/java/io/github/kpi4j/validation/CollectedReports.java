package io.github.kpi4j.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The context of a rule that a test checks outside a validator, which would sort what it reports:
 * English, and it keeps each report in the order made.
 */
public final class CollectedReports implements RuleContext {
  private final List<String> paths = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();

  /** Creates a context that has collected nothing yet. */
  public CollectedReports() {}

  @Override
  public Locale locale() {
    return Locale.ENGLISH;
  }

  @Override
  public void report(String path, String message) {
    paths.add(path);
    messages.add(message);
  }

  /**
   * @return the paths reported, in order
   */
  public List<String> paths() {
    return Collections.unmodifiableList(paths);
  }

  /**
   * @return the messages reported, in the order of {@link #paths()}
   */
  public List<String> messages() {
    return Collections.unmodifiableList(messages);
  }
}
