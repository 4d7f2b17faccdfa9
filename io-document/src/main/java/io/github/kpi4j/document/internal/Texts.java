package io.github.kpi4j.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text rules of printed plans: numerals, numbering, wrapped lines, widths. */
public final class Texts {
  private static final String DIGITS = "〇一二三四五六七八九";

  /** 一、 or 一. or 一， at the start of a line, full or half width. */
  private static final Pattern CHINESE_ITEM =
      Pattern.compile("^\\s*([〇零一二三四五六七八九十百]+)\\s*[、，,．.]\\s*");

  /** （一） or (一). */
  private static final Pattern CHINESE_BRACKETED =
      Pattern.compile("^\\s*[（(]\\s*([〇零一二三四五六七八九十百]+)\\s*[）)]\\s*");

  /** 1. or 1、 (not 1.5) or （1）. */
  private static final Pattern ARABIC_ITEM =
      Pattern.compile("^\\s*(?:([0-9０-９]+)\\s*[、．.](?![0-9０-９])|[（(]\\s*([0-9０-９]+)\\s*[）)])\\s*");

  private Texts() {}

  /**
   * @param document bytes
   * @return whether they are well-formed UTF-8 holding no control character but tab, line ends and
   *     form feed
   */
  public static boolean isPlainText(byte[] document) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(document))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param numeral a Chinese numeral such as 七, 十二, 二十一, or digits in either width
   * @return its value, or empty if it is not one
   */
  public static OptionalInt numeral(String numeral) {
    String text = nfkc(numeral).strip();
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return text.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = c == '零' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit >= 0) {
          return OptionalInt.empty();
        }
        digit = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        return OptionalInt.empty();
      }
    }
    if (digit > 0) {
      total += digit;
    }
    return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
  }

  /**
   * @param number 1 to 999
   * @return the Chinese numeral plans print: 一, 十, 十一, 二十, 一百零一
   */
  public static String chineseNumeral(int number) {
    if (number < 1 || number > 999) {
      return Integer.toString(number);
    }
    StringBuilder out = new StringBuilder();
    int hundreds = number / 100;
    int tens = number / 10 % 10;
    int ones = number % 10;
    if (hundreds > 0) {
      out.append(DIGITS.charAt(hundreds)).append('百');
      if (tens == 0 && ones > 0) {
        out.append('零');
      }
    }
    if (tens > 0) {
      if (tens > 1 || hundreds > 0) {
        out.append(DIGITS.charAt(tens));
      }
      out.append('十');
    }
    if (ones > 0) {
      out.append(DIGITS.charAt(ones));
    }
    return out.toString();
  }

  /**
   * A numbered item: its number and the text after the numbering.
   *
   * @param number the number
   * @param text the text without its numbering
   */
  public record Numbered(int number, String text) {}

  /**
   * @param line a line
   * @return the item, if the line starts with 一、 (or 一. 一，)
   */
  public static java.util.Optional<Numbered> chineseItem(String line) {
    return numbered(CHINESE_ITEM, line);
  }

  /**
   * @param line a line
   * @return the item, if the line starts with （一） or (一)
   */
  public static java.util.Optional<Numbered> bracketedItem(String line) {
    return numbered(CHINESE_BRACKETED, line);
  }

  /**
   * @param line a line
   * @return the item, if the line starts with 1. 1、 （1） or (1)
   */
  public static java.util.Optional<Numbered> arabicItem(String line) {
    Matcher m = ARABIC_ITEM.matcher(line);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    OptionalInt n = numeral(digits);
    return n.isPresent()
        ? java.util.Optional.of(new Numbered(n.getAsInt(), line.substring(m.end())))
        : java.util.Optional.empty();
  }

  private static java.util.Optional<Numbered> numbered(Pattern pattern, String line) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    OptionalInt n = numeral(m.group(1));
    return n.isPresent()
        ? java.util.Optional.of(new Numbered(n.getAsInt(), line.substring(m.end())))
        : java.util.Optional.empty();
  }

  /**
   * Joins the lines of a wrapped value: lines are broken where the page ran out, so they join with
   * nothing between them, except between two ASCII letters or digits, where a space stood. A line
   * break inside a line ({@code \n}) is a wrap too: for the values read this way (names, titles,
   * links) a line of their own is not what a document means.
   *
   * @param lines the lines
   * @return the value on one line
   */
  public static String joinWrapped(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      for (String part : line.split("\n")) {
        appendWrapped(out, part.strip());
      }
    }
    return out.toString();
  }

  /**
   * Joins the paragraphs of a cell into a value that keeps its own lines: the paragraphs join as
   * wrapped lines ({@link #joinWrapped}), and a line break printed inside a paragraph ({@code \n}
   * in it, from {@code <w:br/>} or {@code <text:line-break/>}) stays a line break of the value.
   *
   * @param paragraphs the paragraphs, a line break inside one as {@code \n}
   * @return the value, its lines separated by {@code \n}, each stripped, none blank
   */
  public static String joinParagraphs(List<String> paragraphs) {
    return join(paragraphs, false);
  }

  /**
   * Joins the paragraphs of a measurement standard as {@link #joinParagraphs} does, but for one
   * more line a document means: where the standard starts with step 1 ({@code 1.}, {@code 1、},
   * {@code （1）}), a paragraph that starts with the step after the last one ({@code 2.}, then {@code
   * 3.} …) starts a line of its own: a ladder one step a line, as the transcription of 臺中市政府經濟發展局
   * 103 reads its source's. A paragraph that starts with anything else is a wrap: a step broken
   * where its cell was narrow.
   *
   * @param paragraphs the paragraphs, a line break inside one as {@code \n}
   * @return the standard, its lines separated by {@code \n}, each stripped, none blank
   */
  public static String joinSteps(List<String> paragraphs) {
    return join(paragraphs, true);
  }

  /**
   * {@link #joinParagraphs}, and with {@code steps} {@link #joinSteps}: a paragraph's own line
   * breaks are kept, its first line joins the value as a wrap unless it prints the ladder's next
   * step.
   */
  private static String join(List<String> paragraphs, boolean steps) {
    StringBuilder out = new StringBuilder();
    // The number the next step prints, once the standard starts with step 1; 0 before, or always
    // without steps.
    int next = 0;
    for (String paragraph : paragraphs) {
      boolean first = true;
      for (String part : paragraph.split("\n")) {
        String line = part.strip();
        if (line.isEmpty()) {
          continue;
        }
        int step = steps ? arabicItem(line).map(Numbered::number).orElse(0) : 0;
        if (out.length() == 0) {
          out.append(line);
          next = step == 1 ? 2 : 0;
        } else if (!first || (next > 0 && step == next)) {
          out.append('\n').append(line);
        } else {
          appendWrapped(out, line);
        }
        if (next > 0 && step == next) {
          next++;
        }
        first = false;
      }
    }
    return out.toString();
  }

  /**
   * @param paragraphs the paragraphs of a cell, a line break inside one as {@code \n}
   * @return its lines: every paragraph and every line break starts one; stripped, none blank
   */
  public static List<String> lines(List<String> paragraphs) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      for (String part : paragraph.split("\n")) {
        if (!part.isBlank()) {
          lines.add(part.strip());
        }
      }
    }
    return lines;
  }

  private static void appendWrapped(StringBuilder out, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (out.length() > 0
        && isAsciiAlnum(out.charAt(out.length() - 1))
        && isAsciiAlnum(part.charAt(0))) {
      out.append(' ');
    }
    out.append(part);
  }

  /**
   * Removes the spaces a PDF extraction puts where a cell's text was wrapped: a space is kept only
   * next to an ASCII letter or digit ({@code 國內 NGO 赴}, {@code 95 人次}), and runs of white space
   * become one space.
   *
   * @param line a line of extracted text
   * @return the line without the spaces of wrapping
   */
  public static String dropWrapSpaces(String line) {
    String collapsed = line.strip().replaceAll("[\\s\\u3000]+", " ");
    if (collapsed.indexOf(' ') < 0) {
      return collapsed;
    }
    StringBuilder out = new StringBuilder(collapsed.length());
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (c == ' '
          && !isAsciiAlnum(collapsed.charAt(i - 1))
          && !isAsciiAlnum(collapsed.charAt(i + 1))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * @param c a character
   * @return whether it is an ASCII letter or digit
   */
  public static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * @param text a text
   * @return its Unicode NFKC form: full-width letters, digits and brackets become ASCII
   */
  public static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * @param text a cell's or a heading's text
   * @return it in NFKC form without any white space, for comparing labels
   */
  public static String label(String text) {
    return nfkc(text).replaceAll("[\\s\\u3000]+", "");
  }
}
