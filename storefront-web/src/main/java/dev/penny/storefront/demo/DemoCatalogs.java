package dev.penny.storefront.demo;

import static dev.penny.platform.catalog.ProductKind.DIGITAL;
import static dev.penny.platform.catalog.ProductKind.PHYSICAL;

import dev.penny.platform.store.StoreTheme;
import dev.penny.storefront.demo.DemoStore.ArticleSeed;
import dev.penny.storefront.demo.DemoStore.CategorySeed;
import dev.penny.storefront.demo.DemoStore.ProductSeed;
import dev.penny.storefront.demo.DemoStore.VariantSeed;
import java.util.ArrayList;
import java.util.List;

/** The two demo stores: a bookshop selling in USD and a coffee roaster selling in EUR. */
final class DemoCatalogs {

  static final String IMG = "/resources/img/demo/";

  private DemoCatalogs() {}

  static List<DemoStore> all() {
    return List.of(books(), coffee());
  }

  static DemoStore books() {
    List<ProductSeed> products = new ArrayList<>();
    String[][] fiction = {
      {
        "the-quiet-orchard",
        "The Quiet Orchard",
        "A family, a failing farm and one unforgettable summer."
      },
      {
        "salt-and-lanterns",
        "Salt and Lanterns",
        "A lighthouse keeper's daughter maps a drowned coast."
      },
      {
        "the-cartographers-garden",
        "The Cartographer's Garden",
        "Maps that grow like hedges, and the woman who prunes them."
      },
      {"nine-winters", "Nine Winters", "A saga of a northern town told one winter at a time."},
      {
        "a-map-of-small-hours",
        "A Map of Small Hours",
        "Insomniacs of one city block, between midnight and dawn."
      },
      {"paper-boats", "Paper Boats", "Two brothers, one river and a promise made at seven."},
      {
        "the-last-tram",
        "The Last Tram",
        "A night-shift driver and the passengers who never get off."
      },
      {
        "the-glass-archive",
        "The Glass Archive",
        "A librarian finds letters no one was meant to read."
      },
      {"wild-mint", "Wild Mint", "A cookery writer returns to the village that fed her."},
      {
        "under-the-linden",
        "Under the Linden",
        "A love story across three generations and one tree."
      },
      {
        "the-weather-office",
        "The Weather Office",
        "Forecasters at the edge of the world, and one wrong forecast."
      },
      {"a-house-of-echoes", "A House of Echoes", "Every room remembers something different."},
      {
        "the-copper-kettle",
        "The Copper Kettle",
        "A small café, a big inheritance, and a town that talks."
      },
      {
        "letters-to-the-tide",
        "Letters to the Tide",
        "A widower writes to the sea, and the sea writes back."
      },
    };
    String[] covers = {"book-red", "book-green", "book-gold", "book-blue"};
    for (int i = 0; i < fiction.length; i++) {
      String[] f = fiction[i];
      // Enough of each for the test suites, which buy the first novel many times over one stack.
      int hardcoverStock = i == 3 ? 0 : (i == 5 ? 3 : 60 + i);
      int paperbackStock = i == 3 ? 0 : 40 + i;
      products.add(
          new ProductSeed(
              f[0],
              f[1],
              f[2],
              f[2] + " A novel in paperback and hardcover, printed on acid-free paper.",
              PHYSICAL,
              "fiction",
              i < 4,
              IMG + covers[i % covers.length] + ".svg",
              List.of(
                  new VariantSeed("BK-F" + (100 + i) + "-HC", "Hardcover", "24.00", hardcoverStock),
                  new VariantSeed(
                      "BK-F" + (100 + i) + "-PB", "Paperback", "14.99", paperbackStock))));
    }
    String[][] science = {
      {"the-patient-atom", "The Patient Atom", "Why matter waits, and what it waits for."},
      {
        "a-brief-history-of-salt",
        "A Brief History of Salt",
        "The mineral that built roads, empires and cities."
      },
      {
        "small-numbers",
        "Small Numbers",
        "How micro-quantities run the world, from cents to photons."
      },
      {
        "the-forest-underground",
        "The Forest Underground",
        "The fungal networks that feed the trees."
      },
      {"clockwork-sky", "Clockwork Sky", "Four thousand years of measuring the heavens."},
    };
    for (int i = 0; i < science.length; i++) {
      String[] s = science[i];
      products.add(
          new ProductSeed(
              s[0],
              s[1],
              s[2],
              s[2] + " Illustrated, with notes and an index.",
              PHYSICAL,
              "science",
              i == 2,
              IMG + "book-blue.svg",
              List.of(new VariantSeed("BK-S" + (200 + i) + "-PB", "Paperback", "18.50", 15 + i))));
    }
    String[][] children = {
      {"the-owl-who-counted", "The Owl Who Counted", "One owl, ten stars and a very long night."},
      {"pip-and-the-puddle", "Pip and the Puddle", "A duckling's first rainy day."},
      {"the-tiny-shop", "The Tiny Shop", "A mouse opens a shop that sells things worth a penny."},
      {"moon-soup", "Moon Soup", "A bedtime recipe in rhyme."},
    };
    for (int i = 0; i < children.length; i++) {
      String[] c = children[i];
      products.add(
          new ProductSeed(
              c[0],
              c[1],
              c[2],
              c[2] + " Board book, ages 2 to 5.",
              PHYSICAL,
              "children",
              false,
              IMG + "book-gold.svg",
              List.of(new VariantSeed("BK-C" + (300 + i), "Board book", "9.99", 30))));
    }
    products.add(
        new ProductSeed(
            "reading-weekly-ebook-bundle",
            "Reading Weekly eBook Bundle",
            "Twelve essays on reading, as EPUB and PDF.",
            "Download straight after purchase. DRM-free, yours to keep.",
            DIGITAL,
            "fiction",
            true,
            IMG + "ebook.svg",
            List.of(new VariantSeed("BK-E400", "EPUB + PDF", "4.99", 0))));

    List<ArticleSeed> articles =
        List.of(
            new ArticleSeed(
                "the-two-tenths-of-a-cent-footnote",
                "The Two-Tenths-of-a-Cent Footnote",
                "Why would anyone sell a footnote for a fifth of a cent? Because, added up, small"
                    + " things pay for big ones.",
                "Micropayments were proposed with the web itself. What kept them out was the"
                    + " card fee: thirty cents on a quarter. Batching purchases onto a tab, and"
                    + " charging the tab once, turns that arithmetic around.",
                "0.002",
                0),
            new ArticleSeed(
                "why-paper-still-wins",
                "Why Paper Still Wins",
                "Screens are everywhere, yet paper books keep selling. Readers tell us why.",
                "We asked two hundred readers. The answers: memory, margins, and the pleasure of a"
                    + " book that never needs charging.",
                "0.25",
                0),
            new ArticleSeed(
                "reading-weekly-this-weeks-picks",
                "Reading Weekly: This Week's Picks",
                "Five books our staff could not put down, from a drowned coast to a tiny shop.",
                "Salt and Lanterns leads the list, followed by Small Numbers, The Tiny Shop, Nine"
                    + " Winters and The Glass Archive.",
                "0.10",
                24),
            new ArticleSeed(
                "an-interview-with-a-bookbinder",
                "An Interview with a Bookbinder",
                "Forty years of thread, glue and leather, in one small workshop.",
                "She still sews every signature by hand, and she has opinions about glue.",
                "0.50",
                0));
    return new DemoStore(
        "demo-books",
        "Marginalia Books",
        "Independent books and small reads, since 1998",
        "USD",
        StoreTheme.EDITORIAL,
        "#7c2d12",
        "#b45309",
        88_750,
        List.of(
            new CategorySeed("fiction", "Fiction"),
            new CategorySeed("science", "Science"),
            new CategorySeed("children", "Children's")),
        products,
        articles,
        List.of(
            new DemoStore.ShippingSeed("Standard (3-5 days)", "4.95"),
            new DemoStore.ShippingSeed("Express (next day)", "12.00")),
        List.of(new DemoStore.CouponSeed("WELCOME10", 10)));
  }

  static DemoStore coffee() {
    List<ProductSeed> products = new ArrayList<>();
    String[][] beans = {
      {
        "ethiopia-guji",
        "Ethiopia Guji",
        "Floral and bright, with notes of bergamot and peach.",
        "beans-light"
      },
      {"colombia-huila", "Colombia Huila", "Red apple, caramel and a clean finish.", "beans-light"},
      {"brazil-cerrado", "Brazil Cerrado", "Chocolate, hazelnut and a heavy body.", "beans-dark"},
      {
        "kenya-nyeri",
        "Kenya Nyeri",
        "Blackcurrant, tomato vine and a juicy acidity.",
        "beans-light"
      },
      {
        "house-espresso",
        "House Espresso",
        "Our everyday blend: cocoa, cherry, syrupy.",
        "beans-dark"
      },
      {
        "decaf-mexico",
        "Decaf Mexico",
        "Sugar-cane decaf with milk chocolate sweetness.",
        "beans-dark"
      },
    };
    for (int i = 0; i < beans.length; i++) {
      String[] b = beans[i];
      String sku = "CF-B" + (10 + i);
      products.add(
          new ProductSeed(
              b[0],
              b[1],
              b[2],
              b[2] + " Roasted to order in Leipzig; ships within two days of roasting.",
              PHYSICAL,
              "beans",
              i < 3,
              IMG + b[3] + ".svg",
              List.of(
                  new VariantSeed(sku + "-250W", "250 g, whole bean", "8.50", 40 + i),
                  new VariantSeed(
                      sku + "-250G", "250 g, ground for filter", "8.50", i == 1 ? 2 : 25),
                  new VariantSeed(sku + "-1000W", "1 kg, whole bean", "29.00", i == 4 ? 0 : 10))));
    }
    products.add(
        new ProductSeed(
            "hand-grinder",
            "Hand Grinder",
            "Steel burrs, 40 click settings, fits in a travel bag.",
            "Grinds 20 g of filter coffee in under a minute.",
            PHYSICAL,
            "gear",
            true,
            IMG + "grinder.svg",
            List.of(new VariantSeed("CF-G100", "Stainless steel", "89.00", 3))));
    products.add(
        new ProductSeed(
            "gooseneck-kettle",
            "Gooseneck Kettle",
            "A precise pour for pour-over brewing, 0.9 l.",
            "Works on gas, electric and induction hobs.",
            PHYSICAL,
            "gear",
            false,
            IMG + "kettle.svg",
            List.of(new VariantSeed("CF-G200", "Matte black", "45.00", 0))));
    products.add(
        new ProductSeed(
            "ceramic-dripper",
            "Ceramic Dripper",
            "A classic cone dripper for one or two cups.",
            "Glazed porcelain, dishwasher safe. Uses size 02 filters.",
            PHYSICAL,
            "gear",
            false,
            IMG + "dripper.svg",
            List.of(
                new VariantSeed("CF-G300-W", "White", "22.00", 25),
                new VariantSeed("CF-G300-B", "Blue", "24.00", 8))));
    products.add(
        new ProductSeed(
            "home-brewing-masterclass",
            "Home Brewing Masterclass",
            "A 90-minute video course from our head roaster.",
            "Stream or download; includes a printable brew chart.",
            DIGITAL,
            "gear",
            false,
            IMG + "ebook.svg",
            List.of(new VariantSeed("CF-D400", "Video course", "15.00", 0))));
    List<ArticleSeed> articles =
        List.of(
            new ArticleSeed(
                "dialing-in-your-grinder",
                "Dialing In Your Grinder",
                "Sour or bitter? The fix is usually three clicks away.",
                "Start at medium, brew, taste. Sour means finer; bitter means coarser. Change one"
                    + " thing at a time and write it down.",
                "0.30",
                48),
            new ArticleSeed(
                "from-farm-to-cup",
                "From Farm to Cup",
                "What the price of a bag of beans pays for, cent by cent.",
                "Of a 8.50 bag, the farmer's share, freight, roasting, packaging and the café's"
                    + " rent each take a part. We publish ours.",
                "0.05",
                0));
    return new DemoStore(
        "demo-coffee",
        "Kaffee Kollektiv",
        "Small-batch roasts from Leipzig",
        "EUR",
        StoreTheme.CLASSIC,
        "#3f2a1d",
        "#c2410c",
        190_000,
        List.of(
            new CategorySeed("beans", "Coffee beans"), new CategorySeed("gear", "Brewing gear")),
        products,
        articles,
        List.of(
            new DemoStore.ShippingSeed("DHL Paket", "4.90"),
            new DemoStore.ShippingSeed("Abholung in Leipzig", "0.00")),
        List.of(new DemoStore.CouponSeed("KAFFEE15", 15)));
  }
}
