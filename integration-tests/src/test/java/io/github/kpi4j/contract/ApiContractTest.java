package io.github.kpi4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.Kpi4jException;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.report.HtmlReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API's contract, checked on every public method and constructor of every exported
 * package of the library modules, found by reflection rather than listed: called with hostile
 * arguments ({@code null}, empty and malformed text, lone surrogates, extreme numbers, missing
 * files, garbage streams) on every instance the API itself hands out, each throws nothing but a
 * programming error the README names ({@link NullPointerException}, {@link
 * IllegalArgumentException}), a {@link Kpi4jException} for bad input, or what its own javadoc names
 * in a {@code @throws} clause.
 */
class ApiContractTest {
  private static final List<String> LIBRARY =
      List.of("core", "formulas", "validation", "assessment", "io-json", "io-document", "report");

  /**
   * The API packages of the library modules without a module descriptor (automatic modules), which
   * the descriptor of the others names.
   */
  private static final Map<String, Set<String>> AUTOMATIC =
      Map.of("io-document", Set.of("io.github.kpi4j.document"));

  private static final Path PLANS = Path.of("..", "examples", "plans");

  @TempDir static Path dir;

  /** MAC 107 rendered as a .docx, among the byte arrays passed. */
  private static byte[] rendered;

  @Test
  void should_throw_only_what_the_javadoc_names_for_any_hostile_argument() throws Exception {
    // GIVEN every public method and constructor of the exported packages, and instances to call
    // them on: the seed plans read, and whatever the API returns from them
    List<Class<?>> types = exportedTypes();
    assertThat(types).as("exported types").hasSizeGreaterThan(30);
    assertThat(types).contains(PlanDocuments.class, DocumentKind.class, HtmlReport.class);
    Map<Class<?>, List<Object>> pool = new HashMap<>();
    AnnualPlan plan = KpiJson.create().readPlan(PLANS.resolve("mac-107.json"));
    PlanResults results = KpiJson.create().readResults(PLANS.resolve("mac-107-results.json"));
    addToPool(pool, plan);
    addToPool(pool, PlanDocuments.create());
    addToPool(pool, HtmlReport.ofDefaults());
    addToPool(pool, Assessor.ofDefaults().assess(plan, results));
    rendered = PlanDocuments.create().write(plan, DocumentKind.DOCX);
    addToPool(pool, PlanDocuments.create().read(rendered, "mac-107.docx"));
    addToPool(pool, results);
    addToPool(pool, plan.goals().get(0));
    addToPool(pool, plan.goals().get(0).kpis().get(0));
    addToPool(pool, plan.agency());
    addToPool(pool, plan.programmes().get(0));
    addToPool(pool, results.results().get(0));
    // (writers may write any path they are given: only files of the temporary folder are named)
    Files.write(dir.resolve("garbage.json"), new byte[] {(byte) 0xff, 0, 0x7b});
    Set<String> violations = new TreeSet<>();
    int calls = 0;
    // WHEN each is called with every generated argument list, twice over: the first round fills
    // the pool with what the API returns (builders, reports, assessments, formulas …)
    for (int round = 0; round < 2; round++) {
      for (Class<?> type : types) {
        for (Executable member : members(type)) {
          for (Object receiver : receivers(member, pool)) {
            for (Object[] args : argumentLists(member.getParameterTypes(), pool)) {
              calls++;
              Throwable thrown = call(member, receiver, args, pool, round == 0);
              if (thrown != null && !allowed(thrown, member) && !heapPollution(thrown, args)) {
                violations.add(
                    signature(member)
                        + " threw "
                        + thrown
                        + " for "
                        + Arrays.deepToString(shorten(args)));
              }
            }
          }
        }
      }
    }
    // THEN nothing undocumented escaped
    assertThat(calls).as("calls made").isGreaterThan(2_000);
    assertThat(violations).isEmpty();
  }

  // ---- what is called

  private static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean library = LIBRARY.stream().anyMatch(m -> libraryEntry(path, m));
      if (!library || !Files.exists(path)) {
        continue;
      }
      String module = LIBRARY.stream().filter(m -> libraryEntry(path, m)).findFirst().orElseThrow();
      Set<String> exported = new LinkedHashSet<>(AUTOMATIC.getOrDefault(module, Set.of()));
      if (exported.isEmpty()) {
        for (ModuleReference reference : ModuleFinder.of(path).findAll()) {
          for (ModuleDescriptor.Exports e : reference.descriptor().exports()) {
            if (!e.isQualified()) {
              exported.add(e.source());
            }
          }
        }
      }
      for (String name : classFiles(path)) {
        if (!name.endsWith(".class") || name.contains("module-info")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        String pkg = className.substring(0, className.lastIndexOf('.'));
        if (exported.contains(pkg)) {
          Class<?> type = Class.forName(className, false, ApiContractTest.class.getClassLoader());
          if (isPublic(type)) {
            types.add(type);
          }
        }
      }
    }
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    return types;
  }

  /**
   * Within a reactor build a module's classes are its jar (after package) or its classes folder.
   */
  private static boolean libraryEntry(Path path, String module) {
    return path.getFileName().toString().startsWith("kpi4j-" + module + "-")
        || path.endsWith(Path.of(module, "target", "classes"));
  }

  /** The entries of a jar, or the files of a classes folder, as paths with {@code /}. */
  private static List<String> classFiles(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        return files
            .filter(Files::isRegularFile)
            .map(f -> path.relativize(f).toString().replace(File.separatorChar, '/'))
            .toList();
      }
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
      return zip.stream().map(java.util.zip.ZipEntry::getName).toList();
    }
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isAnnotation();
  }

  private static List<Executable> members(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    for (Method m : type.getMethods()) {
      // Methods of the JDK's own types (Enum.compareTo, Throwable.initCause) keep the JDK's
      // contract.
      if (m.getDeclaringClass().getName().startsWith("io.github.kpi4j.")
          && !m.isSynthetic()
          && !m.isBridge()
          && !(type.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values")))
          && !List.of("equals", "hashCode", "toString", "wait", "notify", "notifyAll", "getClass")
              .contains(m.getName())) {
        members.add(m);
      }
    }
    for (Constructor<?> c : type.getConstructors()) {
      members.add(c);
    }
    members.sort((a, b) -> signature(a).compareTo(signature(b)));
    return members;
  }

  private static List<Object> receivers(Executable member, Map<Class<?>, List<Object>> pool) {
    if (member instanceof Constructor || Modifier.isStatic(member.getModifiers())) {
      return java.util.Collections.singletonList(null);
    }
    List<Object> receivers = new ArrayList<>();
    for (List<Object> values : pool.values()) {
      for (Object value : values) {
        if (member.getDeclaringClass().isInstance(value) && receivers.size() < 3) {
          receivers.add(value);
        }
      }
    }
    return receivers;
  }

  private static Throwable call(
      Executable member,
      Object receiver,
      Object[] args,
      Map<Class<?>, List<Object>> pool,
      boolean collect) {
    if (!Modifier.isPublic(member.getDeclaringClass().getModifiers())) {
      // A public method a public builder inherits from its generated, package-private parent:
      // compiled code calls it through the public type; reflection must be let in.
      member.setAccessible(true);
    }
    try {
      Object value =
          member instanceof Method
              ? ((Method) member).invoke(receiver, args)
              : ((Constructor<?>) member).newInstance(args);
      if (collect && value != null) {
        addToPool(pool, value);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException | InstantiationException e) {
      return null;
    }
  }

  private static void addToPool(Map<Class<?>, List<Object>> pool, Object value) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> addToPool(pool, v));
      return;
    }
    if (value instanceof Collection) {
      ((Collection<?>) value).stream().limit(2).forEach(v -> addToPool(pool, v));
      return;
    }
    if (!value.getClass().getName().startsWith("io.github.kpi4j")) {
      return;
    }
    List<Object> values = pool.computeIfAbsent(value.getClass(), c -> new ArrayList<>());
    if (values.size() < 2) {
      values.add(value);
    }
  }

  // ---- the hostile arguments

  private static List<Object[]> argumentLists(Class<?>[] types, Map<Class<?>, List<Object>> pool) {
    List<List<Object>> choices = new ArrayList<>();
    for (Class<?> type : types) {
      choices.add(values(type, pool));
    }
    // Each parameter in turn takes each of its values while the others keep their first
    // (well-formed) one, and every parameter null at once: linear, not the full product.
    List<Object[]> lists = new ArrayList<>();
    Object[] base = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      base[i] = choices.get(i).get(0);
    }
    lists.add(base);
    for (int i = 0; i < types.length; i++) {
      for (Object value : choices.get(i)) {
        Object[] args = base.clone();
        args[i] = value;
        lists.add(args);
      }
    }
    if (types.length > 1) {
      Object[] nulls = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        nulls[i] = types[i].isPrimitive() ? base[i] : null;
      }
      lists.add(nulls);
    }
    return lists;
  }

  private static List<Object> values(Class<?> type, Map<Class<?>, List<Object>> pool) {
    List<Object> values = new ArrayList<>();
    if (type == int.class || type == Integer.class) {
      values.addAll(List.of(1, 0, -1, 107, Integer.MAX_VALUE, Integer.MIN_VALUE));
    } else if (type == long.class || type == Long.class) {
      values.addAll(List.of(1L, 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    } else if (type == double.class || type == Double.class) {
      values.addAll(
          List.of(1.0, 0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MAX_VALUE));
    } else if (type == boolean.class || type == Boolean.class) {
      values.addAll(List.of(true, false));
    } else if (type == char.class) {
      values.addAll(List.of('a', '\uD800', '\0'));
    } else if (type == String.class || type == CharSequence.class) {
      values.addAll(
          List.of(
              "1.1",
              "",
              " ",
              "大陸\uD800委員會",
              "（甲－乙）÷乙×100%",
              "=1+2",
              "5萬萬",
              "1e999999999",
              "{\"format\": \"kpi-plan/1\"",
              "\u0000",
              "題".repeat(20_000)));
    } else if (type == BigDecimal.class || type == Number.class) {
      values.addAll(
          List.of(
              BigDecimal.ONE,
              new BigDecimal("1e999999999"),
              new BigDecimal("1e-999999999"),
              new BigDecimal("-1"),
              new BigDecimal("1e-150")));
    } else if (type == Path.class) {
      values.addAll(
          List.of(
              dir.resolve("out.json"),
              dir.resolve("missing").resolve("plan.json"),
              dir,
              dir.resolve("garbage.json")));
    } else if (type == InputStream.class) {
      values.addAll(
          List.of(
              new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
              new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}),
              new ByteArrayInputStream(new byte[0])));
    } else if (type == OutputStream.class) {
      values.add(new ByteArrayOutputStream());
    } else if (type == java.io.Writer.class) {
      values.add(new java.io.StringWriter());
    } else if (type == byte[].class) {
      values.addAll(
          List.of(
              rendered,
              new byte[0],
              new byte[] {0x50, 0x4b, 3, 4},
              "壹、施政目標與策略".getBytes(StandardCharsets.UTF_8),
              new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}));
    } else if (type == Locale.class) {
      values.addAll(List.of(Locale.ENGLISH, Locale.ROOT, Locale.forLanguageTag("xx")));
    } else if (type == Map.class) {
      values.addAll(List.of(Map.of("甲", 1), Map.of(), Map.of("乙", Double.NaN)));
    } else if (type == List.class || type == Collection.class || type == Iterable.class) {
      values.addAll(List.of(List.of(), List.of("a")));
    } else if (type == Set.class) {
      values.add(Set.of());
    } else if (type == Optional.class) {
      values.addAll(List.of(Optional.empty(), Optional.of("a")));
    } else if (type == double[].class) {
      values.addAll(List.of(new double[0], new double[] {1, 2}, new double[] {Double.NaN}));
    } else if (type == String[].class) {
      values.addAll(List.of(new String[0], new String[] {"a"}));
    } else if (type == Object.class) {
      values.add("x");
    } else if (type.isEnum()) {
      values.addAll(Arrays.asList(type.getEnumConstants()));
    } else if (type.isArray()) {
      values.add(java.lang.reflect.Array.newInstance(type.getComponentType(), 0));
    }
    for (List<Object> pooled : pool.values()) {
      for (Object value : pooled) {
        if (type.isInstance(value) && values.size() < 12) {
          values.add(value);
        }
      }
    }
    if (!type.isPrimitive()) {
      values.add(null);
    }
    if (values.isEmpty()) {
      values.add(null);
    }
    return values;
  }

  // ---- what may be thrown

  /**
   * A list, optional or map of the wrong element type is what reflection can pass and the compiler
   * never would: its ClassCastException is no breach of the API's contract.
   */
  private static boolean heapPollution(Throwable thrown, Object[] args) {
    return thrown instanceof ClassCastException
        && Arrays.stream(args)
            .anyMatch(a -> a instanceof Iterable || a instanceof Map || a instanceof Optional);
  }

  private static boolean allowed(Throwable thrown, Executable member) {
    if (thrown instanceof NullPointerException
        || thrown instanceof IllegalArgumentException
        || thrown instanceof Kpi4jException) {
      return true;
    }
    for (String name : documentedThrows(member)) {
      for (Class<?> c = thrown.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getSimpleName().equals(name) || c.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Map<Class<?>, String> SOURCES = new HashMap<>();

  /** The {@code @throws} names of every javadoc before a declaration of the member's name. */
  private static Set<String> documentedThrows(Executable member) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> type = member.getDeclaringClass(); type != null; type = type.getSuperclass()) {
      collectThrows(type, member, names);
      for (Class<?> itf : type.getInterfaces()) {
        collectThrows(itf, member, names);
      }
    }
    return names;
  }

  private static void collectThrows(Class<?> type, Executable member, Set<String> names) {
    String source = SOURCES.computeIfAbsent(type, ApiContractTest::source);
    String name = member instanceof Constructor ? type.getSimpleName() : member.getName();
    Matcher m =
        Pattern.compile(
                "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*[^;{}=]*?\\b"
                    + Pattern.quote(name)
                    + "\\s*\\(",
                Pattern.DOTALL)
            .matcher(source);
    while (m.find()) {
      Matcher t = Pattern.compile("@throws\\s+([\\w.]+)").matcher(m.group(1));
      while (t.find()) {
        names.add(t.group(1).substring(t.group(1).lastIndexOf('.') + 1));
      }
    }
  }

  private static String source(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String file = top.getName().replace('.', '/') + ".java";
    for (String module : LIBRARY) {
      for (String root : List.of("src/main/java", "target/generated-sources/annotations")) {
        Path path = Path.of("..", module).resolve(root).resolve(file);
        if (Files.exists(path)) {
          try {
            return Files.readString(path);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    }
    return "";
  }

  // ---- messages

  private static String signature(Executable member) {
    StringBuilder s =
        new StringBuilder(member.getDeclaringClass().getName())
            .append('.')
            .append(member instanceof Constructor ? "<init>" : member.getName())
            .append('(');
    Class<?>[] types = member.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      s.append(i > 0 ? ", " : "").append(types[i].getSimpleName());
    }
    return s.append(')').toString();
  }

  private static Object[] shorten(Object[] args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      String text = String.valueOf(args[i]);
      shown[i] = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
    return shown;
  }
}
