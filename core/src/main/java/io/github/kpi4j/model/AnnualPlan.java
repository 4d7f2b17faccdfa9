package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agency's annual administrative plan (年度施政計畫): goals and strategies, the KPI table, and the
 * important programmes of the year.
 *
 * <p>The plan holds what it is given, even where it breaks the plan rules; lookups return the first
 * match in plan order. Looking a KPI up by id or by name takes constant time, apart from
 * normalising the name: the plan indexes its KPIs the first time a lookup needs it, once per plan
 * ({@link #closestKpi(String)}, which compares names, takes time in proportion to the plan).
 *
 * <p>An abstract class rather than an interface so that those indexes stay out of the API: only
 * kpi4j builds plans, through {@link #builder()}.
 */
@Value.Immutable
public abstract class AnnualPlan {
  /**
   * The last ROC year the model holds: the year whose Gregorian year is the last that {@code
   * java.time} can represent ({@value}, Gregorian 999,999,999).
   */
  public static final int MAX_ROC_YEAR = 999_998_088;

  /** Only the generated implementation extends it. */
  AnnualPlan() {}

  /**
   * @return the agency whose plan this is
   */
  public abstract Agency agency();

  /**
   * @return the plan's year in the ROC (Minguo) calendar: 107 is 2018
   */
  public abstract int rocYear();

  /**
   * @return the title as printed, such as {@code 外交部 107 年度施政計畫}
   */
  public abstract Optional<String> title();

  /**
   * @return the introductory paragraphs
   */
  public abstract List<String> preamble();

  /**
   * @return the goals (施政目標), in printed order
   */
  public abstract List<Goal> goals();

  /**
   * @return the important programmes (年度重要計畫), in printed order
   */
  public abstract List<Programme> programmes();

  /** Rejects what can never be right for a plan. */
  @Value.Check
  void check() {
    Assert.atLeastOne(rocYear(), "AnnualPlan.rocYear");
    Assert.atMost(rocYear(), MAX_ROC_YEAR, "AnnualPlan.rocYear");
    title().ifPresent(t -> Assert.text(t, "AnnualPlan.title"));
    Assert.texts(preamble(), "AnnualPlan.preamble");
  }

  /**
   * @return the plan's year in the Gregorian calendar: ROC 107 is 2018
   */
  public int gregorianYear() {
    return toGregorianYear(rocYear());
  }

  /**
   * @return every KPI, in plan order, with its goal and id
   */
  @Value.Lazy
  public List<PlanKpi> kpis() {
    List<PlanKpi> all = new ArrayList<>();
    List<Goal> goals = goals();
    for (int g = 0; g < goals.size(); g++) {
      List<Kpi> kpis = goals.get(g).kpis();
      for (int k = 0; k < kpis.size(); k++) {
        all.add(PlanKpi.of(goals.get(g), kpis.get(k), g, k));
      }
    }
    return List.copyOf(all);
  }

  /**
   * @param id an id such as {@code 2.3}
   * @return the first KPI with that id
   */
  public Optional<PlanKpi> kpi(KpiId id) {
    return Optional.ofNullable(kpisById().get(id));
  }

  /**
   * @param id an id written as {@code 2.3}
   * @return the first KPI with that id, or empty if there is none or the text is not an id
   */
  public Optional<PlanKpi> kpi(String id) {
    return KpiId.parse(id).flatMap(this::kpi);
  }

  /**
   * @param name a KPI's name, compared as {@link Names} describes
   * @return the first KPI with that name
   */
  public Optional<PlanKpi> kpiNamed(String name) {
    PlanKpi printed = kpisByPrintedName().get(name);
    return printed != null
        ? Optional.of(printed)
        : Optional.ofNullable(kpisByName().get(Names.normalise(name)));
  }

  /**
   * The first KPI with the same name as a KPI of the plan: what {@link #kpiNamed(String)} gives for
   * that KPI's name, answered from the plan's index of names without comparing the name again. A
   * rule asked of every KPI (are names unique, is a KPI one of a few known by name) then costs a
   * lookup per KPI, not a comparison of names.
   *
   * @param kpi a KPI of this plan
   * @return the first KPI in plan order whose name is the same as {@code kpi}'s, compared as {@link
   *     Names} describes: the plan's KPI at {@code kpi}'s position unless an earlier KPI has its
   *     name
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if the plan does not {@linkplain #contains(PlanKpi) hold} the
   *     KPI
   */
  public PlanKpi firstNamedLike(PlanKpi kpi) {
    if (!contains(kpi)) {
      throw Assert.illegalArgument("the KPI %s is not one of this plan's", kpi.id().text());
    }
    return nameIndexes().firstOfName()[position(kpi)];
  }

  /**
   * The index behind {@link #kpi(KpiId)}: a plan of n KPIs resolves n references in time
   * proportional to n, not n².
   *
   * @return every KPI by its id, the first in plan order where ids repeat; a map for lookups only,
   *     in no order, so that a large plan keeps no links between its entries
   */
  @Value.Lazy
  Map<KpiId, PlanKpi> kpisById() {
    Map<KpiId, PlanKpi> byId = new HashMap<>(capacity(kpis().size()));
    for (PlanKpi kpi : kpis()) {
      byId.putIfAbsent(kpi.id(), kpi);
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * The index behind {@link #kpiNamed(String)}: a plan of n KPIs resolves n references in time
   * proportional to n, not n².
   *
   * @return every KPI by its name in {@linkplain Names#normalise(String) normal form}, the first in
   *     plan order where names repeat; a map for lookups only, in no order
   */
  Map<String, PlanKpi> kpisByName() {
    return nameIndexes().byName();
  }

  /**
   * The fast path of {@link #kpiNamed(String)} for a name that {@link Names#normalise(String)} has
   * to rebuild: a reference usually copies a KPI's name exactly as printed, and then its normal
   * form, the costly part of a lookup in {@link #kpisByName()}, need not be computed again for
   * every reference. A name that the normaliser gives back as it is, as it does most names, is not
   * in it: normalising it costs one scan, and a second index of it cost a second lookup for every
   * KPI.
   *
   * @return for each KPI's name exactly as printed that the normaliser rebuilds, the KPI that
   *     {@link #kpiNamed(String)} gives for it: the first in plan order with the same name in
   *     normal form
   */
  Map<String, PlanKpi> kpisByPrintedName() {
    return nameIndexes().byPrintedName();
  }

  /**
   * The indexes of names, built in one pass over the KPIs that normalises each name: the first KPI
   * of a normal form is known when any later KPI of that form is met, so the printed index and the
   * first KPI of each KPI's name can take it then.
   */
  @Value.Lazy
  NameIndexes nameIndexes() {
    List<PlanKpi> kpis = kpis();
    Map<String, PlanKpi> byName = new HashMap<>(capacity(kpis.size()));
    Map<String, PlanKpi> printed = new HashMap<>();
    PlanKpi[] firstOfName = new PlanKpi[kpis.size()];
    for (int i = 0; i < firstOfName.length; i++) {
      PlanKpi kpi = kpis.get(i);
      String name = kpi.kpi().name();
      String normal = Names.normalise(name);
      PlanKpi first = byName.putIfAbsent(normal, kpi);
      firstOfName[i] = first != null ? first : kpi;
      // Names.normalise gives most names in normal form back as the same instance; one it builds
      // anew is indexed as printed too, which costs a lookup and changes no answer.
      if (normal != name) {
        printed.putIfAbsent(name, firstOfName[i]);
      }
    }
    return new NameIndexes(
        Collections.unmodifiableMap(byName), Collections.unmodifiableMap(printed), firstOfName);
  }

  /**
   * @return the capacity a hash map needs to hold that many entries without growing: growing places
   *     every entry again, which was a sixth of building the indexes of names of a large plan
   */
  private static int capacity(int entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
  }

  /**
   * The plan's KPIs by name in normal form and by name as printed, and for each KPI the first with
   * its name. Never handed out, so its array is not copied.
   *
   * @param byName every KPI by its name in normal form, the first where names repeat
   * @param byPrintedName the fast path of {@link #kpiNamed(String)}, {@link #kpisByPrintedName()}
   * @param firstOfName for each KPI, in the order of {@link #kpis()}, the first KPI with its name
   */
  record NameIndexes(
      Map<String, PlanKpi> byName, Map<String, PlanKpi> byPrintedName, PlanKpi[] firstOfName) {}

  /**
   * Resolves a KPI reference, as a programme or a results document writes it: a KPI id ({@code
   * 2.3}) or a KPI's name.
   *
   * @param reference the reference
   * @return the KPI it designates, or empty if none
   */
  public Optional<PlanKpi> resolve(String reference) {
    Optional<KpiId> id = KpiId.parse(reference);
    return id.isPresent() ? kpi(id.get()) : kpiNamed(reference);
  }

  /**
   * Guesses which KPI a reference that {@linkplain #resolve(String) resolves} to none most likely
   * meant, for a "did you mean" in a message.
   *
   * <p>References go wrong by being shortened ({@code 提升競爭力} for {@code 提升臺灣整體競爭力，加強經貿政策的溝通}),
   * lengthened, or mistyped, rarely by being reordered; so names are compared, in {@link Names
   * normal form} and by code point, by their longest common subsequence (LCS): the characters both
   * hold in the same order. A KPI is a candidate when the LCS has at least two characters and
   * covers at least half of the shorter of the two names; the candidate with the highest Dice
   * similarity, {@code 2 × LCS ÷ (length of one + length of the other)}, wins, the first in plan
   * order on a tie.
   *
   * <p>There is no guess for a reference written as a KPI id ({@code 2.3}): an id that designates
   * no KPI is not a misspelt name. Names longer than 500 code points in normal form, far longer
   * than any printed KPI name, are not compared: a longer reference gets no guess and a longer KPI
   * name is never guessed, which keeps the quadratic comparison cheap. A reference that does name a
   * KPI gets that KPI, as {@link #kpiNamed(String)} finds it.
   *
   * @param reference a KPI reference, as a programme or a results document writes it
   * @return the KPI the reference most likely meant, or empty if none is near enough
   */
  public Optional<PlanKpi> closestKpi(String reference) {
    Assert.notNull(reference, "reference");
    return NameSuggestion.closest(this, reference);
  }

  /**
   * @param kpi a KPI of this plan
   * @return the programmes that link it, by id or name, in printed order, each programme of the
   *     list once however often it names the KPI; none for a KPI of another plan
   */
  public List<Programme> programmesLinking(PlanKpi kpi) {
    if (!contains(kpi)) {
      return List.of();
    }
    ProgrammeLinks links = programmesByKpi();
    int at = position(kpi);
    int from = links.firstOfKpi()[at];
    int to = links.firstOfKpi()[at + 1];
    return from == to
        ? List.of()
        : Collections.unmodifiableList(Arrays.asList(links.linking()).subList(from, to));
  }

  /**
   * Tells a KPI of this plan from one of another plan at the same position: {@link PlanKpi}s are
   * equal by position alone.
   *
   * @param kpi a KPI of some plan
   * @return whether this plan holds it: the same goal and KPI stand at its position here
   */
  public boolean contains(PlanKpi kpi) {
    Assert.notNull(kpi, "kpi");
    List<Goal> goals = goals();
    if (kpi.goalIndex() < 0
        || kpi.goalIndex() >= goals.size()
        || kpi.kpiIndex() < 0
        || kpi.kpiIndex() >= goals.get(kpi.goalIndex()).kpis().size()) {
      return false;
    }
    // A KPI of this plan holds the very instances of the plan: compared at once, never walked.
    Goal goal = goals.get(kpi.goalIndex());
    Kpi own = goal.kpis().get(kpi.kpiIndex());
    return (own == kpi.kpi() || own.equals(kpi.kpi()))
        && (goal == kpi.goal() || goal.equals(kpi.goal()));
  }

  /**
   * The KPI that one reference of a programme designates, as {@link #resolve(String)} finds it.
   * Answers from the index behind {@link #programmesLinking(PlanKpi)}, built once per plan: the
   * first call of either resolves every reference of the plan, later calls look it up.
   *
   * @param programme the index of a programme in {@link #programmes()}
   * @param reference the index of one of its references in {@link Programme#kpis()}
   * @return the KPI the reference designates, or empty if none
   * @throws IndexOutOfBoundsException if there is no such programme or reference
   */
  public Optional<PlanKpi> resolve(int programme, int reference) {
    // The arrays check the indexes: one entry per programme, one per reference.
    int kpi = programmesByKpi().kpiOfReference()[programme][reference];
    return kpi < 0 ? Optional.empty() : Optional.of(kpis().get(kpi));
  }

  /**
   * The index behind {@link #programmesLinking(PlanKpi)} and {@link #resolve(int, int)}: every
   * reference is resolved once, so listing the programmes of every KPI (as an export does) costs
   * time proportional to the plan, not to its square.
   *
   * @return for each KPI of {@link #kpis()}, the programmes that link it; for each reference, its
   *     KPI
   */
  @Value.Lazy
  ProgrammeLinks programmesByKpi() {
    List<Programme> programmes = programmes();
    int kpiCount = kpis().size();
    // Two passes over the resolved references: the first counts each KPI's programmes, the second
    // places them, all in one array, each KPI's after the previous KPI's. A list per KPI, grown and
    // then copied, was most of what building this index allocated for a large plan.
    int[][] kpiOfReference = new int[programmes.size()][];
    int[] lastLinking = new int[kpiCount];
    Arrays.fill(lastLinking, -1);
    int[] firstOfKpi = new int[kpiCount + 1];
    for (int p = 0; p < programmes.size(); p++) {
      List<String> references = programmes.get(p).kpis();
      int[] kpis = new int[references.size()];
      for (int r = 0; r < references.size(); r++) {
        Optional<PlanKpi> resolved = resolve(references.get(r));
        kpis[r] = resolved.isPresent() ? position(resolved.get()) : -1;
        // A programme that names a KPI twice links it once.
        if (kpis[r] >= 0 && lastLinking[kpis[r]] != p) {
          lastLinking[kpis[r]] = p;
          firstOfKpi[kpis[r] + 1]++;
        }
      }
      kpiOfReference[p] = kpis;
    }
    for (int k = 0; k < kpiCount; k++) {
      firstOfKpi[k + 1] += firstOfKpi[k];
    }
    Programme[] linking = new Programme[firstOfKpi[kpiCount]];
    int[] next = Arrays.copyOf(firstOfKpi, kpiCount);
    Arrays.fill(lastLinking, -1);
    for (int p = 0; p < programmes.size(); p++) {
      for (int kpi : kpiOfReference[p]) {
        if (kpi >= 0 && lastLinking[kpi] != p) {
          lastLinking[kpi] = p;
          linking[next[kpi]++] = programmes.get(p);
        }
      }
    }
    return new ProgrammeLinks(linking, firstOfKpi, kpiOfReference);
  }

  /**
   * The programmes that link each KPI, in the order of {@link #kpis()}: a KPI finds its entry by
   * its position, not by a hash lookup, which a validation of a large plan makes for every KPI. Its
   * arrays are never handed out, so they are not copied: {@link #programmesLinking(PlanKpi)} gives
   * a read-only view of a KPI's part of {@code linking}.
   *
   * @param linking the programmes that link each KPI, in printed order, the first KPI's first
   * @param firstOfKpi for each KPI, in that order, where its programmes start in {@code linking},
   *     and their end after the last
   * @param kpiOfReference for each programme, for each of its references, the position in {@link
   *     #kpis()} of the KPI it designates, or -1
   */
  record ProgrammeLinks(Programme[] linking, int[] firstOfKpi, int[][] kpiOfReference) {}

  /**
   * Where each goal's KPIs start in {@link #kpis()}, for the indexes that keep an entry per KPI in
   * that order. Never handed out, so the array is not copied.
   *
   * @return for each goal, the position of its first KPI in {@link #kpis()}
   */
  @Value.Lazy
  int[] firstOfGoal() {
    List<Goal> goals = goals();
    int[] firstOfGoal = new int[goals.size()];
    for (int g = 0, n = 0; g < goals.size(); g++) {
      firstOfGoal[g] = n;
      n += goals.get(g).kpis().size();
    }
    return firstOfGoal;
  }

  /**
   * @param kpi a KPI of the plan
   * @return its position in {@link #kpis()}
   */
  private int position(PlanKpi kpi) {
    return firstOfGoal()[kpi.goalIndex()] + kpi.kpiIndex();
  }

  /**
   * @param rocYear a year of the ROC calendar, from 1 to {@link #MAX_ROC_YEAR}
   * @return the Gregorian year: ROC 107 is 2018
   * @throws IllegalArgumentException if the year is out of that range
   */
  public static int toGregorianYear(int rocYear) {
    Assert.atLeastOne(rocYear, "rocYear");
    Assert.atMost(rocYear, MAX_ROC_YEAR, "rocYear");
    // ROC 1 is 1912, and the two calendars' years begin on the same day: the JDK's Minguo
    // chronology gives the same, at the cost of setting up its calendars in every short run.
    return rocYear + 1911;
  }

  /**
   * @param gregorianYear a Gregorian year, from 1912 to 999,999,999
   * @return the ROC year: 2018 is ROC 107
   * @throws IllegalArgumentException if the year is out of that range
   */
  public static int toRocYear(int gregorianYear) {
    Assert.isTrue(
        gregorianYear >= 1912,
        "the ROC calendar starts in 1912, got the Gregorian year %d",
        gregorianYear);
    Assert.atMost(gregorianYear, java.time.Year.MAX_VALUE, "the Gregorian year");
    return gregorianYear - 1911;
  }

  /**
   * @return a builder of plans
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AnnualPlan}.
   *
   * <p>Every attribute of {@link AnnualPlan} has a setter of the same name, which takes the value
   * (an optional attribute also takes an {@code Optional}) and returns this builder; a list
   * attribute has {@code addX} for one or more elements and {@code addAllX} for an iterable
   * besides, and its setter replaces the list. {@code from(AnnualPlan)} starts from an existing
   * value. A setter given {@code null} throws {@link NullPointerException}; {@code build()} throws
   * {@link NullPointerException} when a required attribute was never set, and {@link
   * IllegalArgumentException} when the values break one of the invariants {@link AnnualPlan}
   * states.
   */
  public static final class Builder extends ImmutableAnnualPlan.Builder {
    Builder() {}
  }
}
