package io.github.kpi4j.json.jackson;

import io.github.kpi4j.json.internal.ModelCodecs;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the kpi4j model: it wires the serializers and deserializers of {@link
 * io.github.kpi4j.model.AnnualPlan}, {@link io.github.kpi4j.model.PlanResults} and their parts, so
 * that a mapper reads and writes the {@code kpi-plan/1} and {@code kpi-results/1} formats. The
 * model itself carries no Jackson annotations.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new Kpi4jModule()).build();
 * AnnualPlan plan = mapper.readValue(json, AnnualPlan.class);
 * }</pre>
 *
 * <p>The module is also registered as a {@link java.util.ServiceLoader service}, so {@code
 * findAndAddModules()} finds it.
 *
 * <p>The deserializers apply every rule of the format that {@link io.github.kpi4j.json.KpiJson}
 * lists, whatever the mapper's configuration: in particular they refuse an unknown property (one
 * not starting with {@code x-}) even when {@code FAIL_ON_UNKNOWN_PROPERTIES} is off, unless a
 * {@link tools.jackson.databind.deser.DeserializationProblemHandler} handles it, and they refuse a
 * property given twice. Problems are raised as Jackson's {@link
 * tools.jackson.databind.exc.MismatchedInputException} (or its subclass {@link
 * tools.jackson.databind.exc.UnrecognizedPropertyException}), whose path is the JSON Pointer of the
 * offending value and whose {@code getOriginalMessage()} says what was expected. Two things are
 * left to the mapper: the limits of hostile input (configure {@link
 * tools.jackson.core.StreamReadConstraints} on its factory, as {@link io.github.kpi4j.json.KpiJson}
 * does), and duplicates inside ignored {@code x-} values (enable {@link
 * tools.jackson.core.StreamReadFeature#STRICT_DUPLICATE_DETECTION}). A JSON {@code null} at the
 * root reads as {@code null}, as it does for every Jackson deserializer.
 */
public final class Kpi4jModule extends JacksonModule {
  /** Creates the module; it holds no state, so one instance may serve any number of mappers. */
  public Kpi4jModule() {}

  /**
   * @return {@code kpi4j}
   */
  @Override
  public String getModuleName() {
    return "kpi4j";
  }

  /**
   * @return the version of kpi4j-io-json
   */
  @Override
  public Version version() {
    return ModelCodecs.version();
  }

  /**
   * Adds the serializers and deserializers of the model.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(ModelCodecs.serializers());
    context.addDeserializers(ModelCodecs.deserializers());
  }
}
