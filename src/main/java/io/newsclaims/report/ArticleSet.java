package io.newsclaims.report;

import io.newsclaims.io.InputItem;
import io.newsclaims.io.Inputs;
import io.newsclaims.model.InputDocument;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article texts a report shows, read with {@link Inputs} from the same sources
 * {@code extract} was given, so that document ids and texts (and therefore spans) are the ones
 * the claims refer to. Keeps input order; items that could not be read are kept with their reason.
 */
public final class ArticleSet {
  private final Map<String, InputDocument> documents;
  private final List<InputItem> unreadable;

  private ArticleSet(Map<String, InputDocument> documents, List<InputItem> unreadable) {
    this.documents = Collections.unmodifiableMap(documents);
    this.unreadable = List.copyOf(unreadable);
  }

  /** No texts at all: the report shows claims without their articles. */
  public static ArticleSet empty() {
    return new ArticleSet(new LinkedHashMap<>(), List.of());
  }

  /** Reads every document of {@code sources} (files, directories, .jsonl files; not stdin). */
  public static ArticleSet read(List<String> sources) {
    Map<String, InputDocument> docs = new LinkedHashMap<>();
    List<InputItem> failed = new ArrayList<>();
    new Inputs(sources, InputStream.nullInputStream()).forEachRemaining(item -> {
      if (item.isOk()) {
        docs.put(item.id(), item.document());
      } else {
        failed.add(item);
      }
    });
    return new ArticleSet(docs, failed);
  }

  /** The documents by id, in input order. */
  public Map<String, InputDocument> documents() {
    return documents;
  }

  /** Inputs that could not be read (unreadable file, binary data, malformed line, duplicate id). */
  public List<InputItem> unreadable() {
    return unreadable;
  }

  /** How many documents the sources hold, read or not. */
  public int size() {
    return documents.size() + unreadable.size();
  }
}
