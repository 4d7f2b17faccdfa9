package io.github.kpi4j.finding;

import io.github.kpi4j.internal.Assert;

/**
 * Builds JSON Pointers (RFC 6901) such as {@code /goals/2/kpis/0/name}, escaping {@code ~} and
 * {@code /} in property names.
 */
public final class DocumentPath {
  private static final DocumentPath ROOT = new DocumentPath("");

  private final String pointer;

  private DocumentPath(String pointer) {
    this.pointer = pointer;
  }

  /**
   * @return the whole document, {@code ""}
   */
  public static DocumentPath root() {
    return ROOT;
  }

  /**
   * @param pointer a JSON Pointer, as {@link #toString()} gives it
   * @return the path
   */
  public static DocumentPath of(String pointer) {
    Assert.notNull(pointer, "pointer");
    Assert.isTrue(
        pointer.isEmpty() || pointer.startsWith("/"),
        "a JSON Pointer starts with '/', got %s",
        pointer);
    return new DocumentPath(pointer);
  }

  /**
   * @param name a property name
   * @return the path of that property of this value
   */
  public DocumentPath property(String name) {
    return new DocumentPath(pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * @param index a 0-based array index
   * @return the path of that element of this array
   */
  public DocumentPath index(int index) {
    Assert.isTrue(index >= 0, "an array index is not negative, got %d", index);
    return new DocumentPath(pointer + "/" + index);
  }

  /**
   * @return the JSON Pointer
   */
  @Override
  public String toString() {
    return pointer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentPath && ((DocumentPath) other).pointer.equals(pointer);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode();
  }
}
