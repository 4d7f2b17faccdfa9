/**
 * Plans as agencies publish them: {@link io.github.kpi4j.document.PlanDocuments} imports a {@code
 * .docx}, an {@code .odt} or the plain-text copy of a plan into the model, with a finding for
 * everything it is unsure of, and renders a plan in the layout agencies print.
 *
 * <p>Apache POI reads and writes {@code .docx}; {@code .odt} needs nothing but the JDK. No POI type
 * appears in the API.
 */
module io.github.kpi4j.document {
  requires transitive io.github.kpi4j.core;
  requires static org.immutables.value.annotations;
  requires java.xml;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;

  exports io.github.kpi4j.document;
}
