package dev.penny.tests.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The POST forms of a page, read with patterns (enough for Penny's own markup). */
public final class HtmlForms {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|select|textarea|button)\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
  public static final String VIEW_STATE = "jakarta.faces.ViewState";

  private HtmlForms() {}

  /** A form: where it posts, and its fields with their values (the first submit button only). */
  public record Form(String id, String action, Map<String, String> fields) {
    public Form with(String name, String value) {
      Map<String, String> changed = new LinkedHashMap<>(fields);
      if (value == null) {
        changed.remove(name);
      } else {
        changed.put(name, value);
      }
      return new Form(id, action, changed);
    }

    public String encoded() {
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (name, value) ->
              body.append(body.isEmpty() ? "" : "&")
                  .append(encode(name))
                  .append('=')
                  .append(encode(value)));
      return body.toString();
    }
  }

  public static List<Form> postForms(String html) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      boolean submit = false;
      Matcher field = FIELD.matcher(form.group(2));
      while (field.find()) {
        Map<String, String> a = attributes(field.group(2));
        String name = a.get("name");
        String type = a.getOrDefault("type", field.group(1).equals("button") ? "submit" : "text");
        if (name == null || type.equals("file") || type.equals("checkbox")) {
          continue;
        }
        if (type.equals("submit")) {
          if (submit) {
            continue;
          }
          submit = true;
        }
        fields.put(name, a.getOrDefault("value", "x"));
      }
      forms.add(
          new Form(
              attributes.getOrDefault("id", ""),
              attributes.getOrDefault("action", "").replace("&amp;", "&"),
              fields));
    }
    return forms;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      attributes.put(
          m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).replace("&amp;", "&"));
    }
    return attributes;
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
