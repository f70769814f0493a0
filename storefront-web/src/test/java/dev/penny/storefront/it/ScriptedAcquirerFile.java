package dev.penny.storefront.it;

import dev.penny.payments.reconciliation.AcquirerFile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The scripted acquirer's settlement file: what {@link ScriptedCardCharges} really did, plus lines
 * a test adds (a charge Penny never asked for).
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ScriptedAcquirerFile implements AcquirerFile {

  @Inject ScriptedCardCharges acquirer;

  private final List<Line> extra = new CopyOnWriteArrayList<>();

  @Override
  public List<Line> lines(LocalDate day) {
    List<Line> lines = new ArrayList<>(acquirer.settlementFile());
    lines.addAll(extra);
    return lines;
  }

  public void add(Line line) {
    extra.add(line);
  }

  public void clear() {
    extra.clear();
  }
}
