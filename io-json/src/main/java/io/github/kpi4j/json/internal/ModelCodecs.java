package io.github.kpi4j.json.internal;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.quantity.QuantityText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * What the Jackson module wires: one serializer and one deserializer per model type. Public only so
 * that the module class, in another package of this library, can reach it; not exported.
 */
public final class ModelCodecs {
  private static final Version VERSION = readVersion();

  private ModelCodecs() {}

  /**
   * @return the serializers of the model types
   */
  public static SimpleSerializers serializers() {
    return new SimpleSerializers()
        .addSerializer(AnnualPlan.class, ModelSerializers.PLAN)
        .addSerializer(Agency.class, ModelSerializers.AGENCY)
        .addSerializer(Goal.class, ModelSerializers.GOAL)
        .addSerializer(Kpi.class, ModelSerializers.KPI)
        .addSerializer(Programme.class, ModelSerializers.PROGRAMME)
        .addSerializer(PlanResults.class, ModelSerializers.RESULTS)
        .addSerializer(KpiResult.class, ModelSerializers.RESULT)
        .addSerializer(QuantityText.class, ModelSerializers.QUANTITY_TEXT)
        .addSerializer(EvaluationMethod.class, new ModelSerializers.EvaluationMethodSerializer())
        .addSerializer(EvaluationSystem.class, new ModelSerializers.EvaluationSystemSerializer())
        .addSerializer(ProgrammeCategory.class, new ModelSerializers.CategorySerializer())
        .addSerializer(Direction.class, new ModelSerializers.DirectionSerializer());
  }

  /**
   * @return the deserializers of the model types
   */
  public static SimpleDeserializers deserializers() {
    return new SimpleDeserializers()
        .addDeserializer(AnnualPlan.class, PlanDeserializers.PLAN)
        .addDeserializer(Agency.class, PlanDeserializers.AGENCY)
        .addDeserializer(Goal.class, PlanDeserializers.GOAL)
        .addDeserializer(Kpi.class, PlanDeserializers.KPI)
        .addDeserializer(Programme.class, PlanDeserializers.PROGRAMME)
        .addDeserializer(PlanResults.class, ResultsDeserializers.RESULTS)
        .addDeserializer(KpiResult.class, ResultsDeserializers.RESULT)
        .addDeserializer(QuantityText.class, ResultsDeserializers.QUANTITY_TEXT)
        .addDeserializer(EvaluationMethod.class, VocabularyDeserializers.EVALUATION_METHOD)
        .addDeserializer(EvaluationSystem.class, VocabularyDeserializers.EVALUATION_SYSTEM)
        .addDeserializer(ProgrammeCategory.class, VocabularyDeserializers.CATEGORY)
        .addDeserializer(Direction.class, VocabularyDeserializers.DIRECTION);
  }

  /**
   * @return the version of this library, as the build wrote it
   */
  public static Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = ModelCodecs.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "io.github.kpi4j", "kpi4j-io-json");
  }
}
