#!/usr/bin/env python3
"""Asserts on the web explorer as a reader sees it, in headless Chromium.

usage: browser_check.py BASE_URL CHROMIUM_PATH SCREENSHOT_DIR

Run by browser-check.sh, which starts the server with
scripts/fixtures/markup-titles.json (event titles `<img src=x onerror=alert(1)>`
and `<script>alert(2)</script>`). Prints one line per check and a closing
"N passed, N failed"; exits 1 if any check failed.
"""
import json
import sys
import time
import urllib.request

from playwright.sync_api import expect, sync_playwright

BASE, CHROMIUM, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
IMAGE_TITLE = "<img src=x onerror=alert(1)>"
SCRIPT_TITLE = "<script>alert(2)</script>"
results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"), flush=True)


def api(path):
    with urllib.request.urlopen(BASE + path, timeout=10) as response:
        return json.load(response)


def wait_ready(page, view):
    page.wait_for_selector(f'body[data-ready="{view}"]', timeout=20000)
    page.wait_for_load_state("networkidle")


def shot(page, name):
    page.screenshot(path=f"{SHOTS}/{name}", full_page=False)
    print(f"     screenshot {SHOTS}/{name}", flush=True)


def eventually(condition, timeout=15):
    """Polls a Python condition (the page's CSP forbids the string evaluation wait_for_function uses)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def quarters_spanned(groups):
    keys = [g["group"] for g in groups if isinstance(g["group"], str) and "-Q" in g["group"]]
    numbers = [int(k[:4]) * 4 + int(k[-1]) - 1 for k in keys]
    return max(numbers) - min(numbers) + 1 if numbers else 0


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
    context = browser.new_context(viewport={"width": 1440, "height": 960}, device_scale_factor=1, locale="zh-CN")
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    # Timeline, in Chinese first.
    page.goto(BASE + "/#timeline")
    wait_ready(page, "timeline")
    events = page.locator("#timeline li.event")
    total = api("/records?kind=events&limit=1")["total"]
    check("the timeline holds real events", events.count() == total and total > 100, f"{events.count()} of {total}")
    check("the page starts in Chinese", page.locator("nav.tabs a[data-view=timeline]").inner_text() == "时间线")
    shot(page, "timeline-zh.png")

    # Markup in the data is text: both titles are shown literally, nothing runs.
    titles = page.locator("#timeline .event-title").all_inner_texts()
    check("an <img> title renders as text", IMAGE_TITLE in titles, titles[:3])
    check("a <script> title renders as text", SCRIPT_TITLE in titles, titles[:3])
    check("no image element was created from data", page.locator("img").count() == 0)
    check("no script element but app.js", page.locator("script").count() == 1)

    # A click shows the citation's quote, source and locator; a javascript: URL is not linked.
    page.locator("#timeline li.event", has_text=IMAGE_TITLE).first.click()
    page.wait_for_selector("#citation-body .quote")
    quote = page.locator("#citation-body .quote").first.inner_text()
    check("the markup citation's quote is shown as written", quote.startswith(IMAGE_TITLE) and "**not bold**" in quote, quote)
    check("a javascript: upstream URL is not a link", page.locator("#citation-body a").count() == 0)
    shot(page, "citation-markup.png")

    real = page.locator("#timeline li.event").nth(2)
    real_title = real.locator(".event-title").inner_text()
    real.click()
    expect(page.locator("#citation-body .drawer-title")).to_have_text(real_title)
    check("a click shows the citation's quote", len(page.locator("#citation-body .quote").first.inner_text()) > 5)
    check("the citation names its source document", page.locator("#citation-body .source-title").first.inner_text().strip() != "")
    check("the citation gives its locator", page.locator("#citation-body .locator").first.inner_text().strip() != "")
    shot(page, "timeline-citation-zh.png")
    page.locator("#citation-close").click()

    # Filter by month.
    month = page.locator("#timeline-filters select[name=month] option").nth(1).get_attribute("value")
    page.select_option("#timeline-filters select[name=month]", month)
    eventually(lambda: all(d.startswith(month) for d in page.locator("#timeline .event-date").all_inner_texts()))
    filtered = page.locator("#timeline li.event").count()
    check(f"filtering by month {month} narrows the timeline", 0 < filtered < total, filtered)
    page.locator("#timeline-filters button[type=reset]").click()
    expect(page.locator("#timeline li.event")).to_have_count(total)

    # The language switch changes the text.
    page.locator("#lang").click()
    wait_ready(page, "timeline")
    check("the switch turns the tabs to English", page.locator("nav.tabs a[data-view=timeline]").inner_text() == "Timeline")
    check("the switch turns titles to English", page.locator("#view-timeline h2").inner_text() == "Timeline of events")
    shot(page, "timeline-en.png")

    # Search as you type: "unicorn" lists the H1-2025 unicorn figures.
    page.locator("#search").click()
    page.keyboard.type("unicorn", delay=60)
    page.wait_for_selector("#search-results .search-hit")
    page.wait_for_load_state("networkidle")
    hits = page.locator("#search-results .search-hit")
    texts = hits.all_inner_texts()
    unicorn_h1 = [t for t in texts if "2025-H1" in t and "nicorn" in t]
    check("typing 'unicorn' lists the H1-2025 unicorn figures", len(unicorn_h1) >= 1, texts[:5])
    shot(page, "search-unicorn-en.png")
    hits.filter(has_text="2025-H1").first.click()
    page.wait_for_selector("#citation-body .quote")
    check("a search result opens its citation", "独角兽" in page.locator("#citation-body .quote").first.inner_text())
    shot(page, "search-citation-en.png")
    page.locator("#citation-close").click()
    page.locator("#search").fill("")

    # Funding: one bar per quarter, with coarser dates and exclusions beside the chart.
    page.goto(BASE + "/#funding")
    wait_ready(page, "funding")
    groups = api("/groups?kind=fundingRounds&by=quarter&currency=USD")
    bars = page.locator("#funding-chart rect.bar").count()
    check("the chart has one bar per quarter", bars == quarters_spanned(groups) and bars > 0,
          f"{bars} bars, {quarters_spanned(groups)} quarters")
    labels = page.locator("#funding-chart .bar-label").all_text_contents()
    check("the bars are the quarters in order", labels == sorted(labels) and all("-Q" in l for l in labels), labels)
    coarse = [g["group"] for g in groups if g["group"] and "-Q" not in g["group"]]
    side = page.locator("#funding-side").inner_text()
    check("year- or half-dated amounts are listed beside", all(c in side for c in coarse), coarse)
    excluded = [e["id"] for g in groups for e in g["excluded"]]
    check("every exclusion is listed", page.locator("#funding-side .exclusions li[data-record]").count() == len(excluded),
          len(excluded))
    page.locator("#funding-chart .bar-group:not(:has(rect.empty))").first.click()
    page.wait_for_selector("#funding-selection li[data-record]")
    shot(page, "funding-en.png")
    page.locator("#funding-selection li[data-record] button").first.click()
    page.wait_for_selector("#citation-body .quote")
    check("a quarter's deal opens its citation", page.locator("#citation-body .quote").count() >= 1)
    page.locator("#citation-close").click()
    page.locator("#lang").click()
    wait_ready(page, "funding")
    page.select_option("#funding-filters select[name=currency]", "CNY")
    expect(page.locator("#funding-caption")).to_contain_text("CNY")
    page.wait_for_load_state("networkidle")
    check("the chart redraws in the chosen currency", "元人民币" in (page.locator("#funding-chart").text_content() or ""))
    shot(page, "funding-cny-zh.png")

    # Regulations by jurisdiction and status.
    page.goto(BASE + "/#regulations")
    wait_ready(page, "regulations")
    check("regulations are grouped by jurisdiction", page.locator("#regulations .jurisdiction").count() > 3)
    shot(page, "regulations-zh.png")
    page.select_option("#regulation-filters select[name=status]", "inForce")
    eventually(lambda: set(page.locator("#regulations .regulation .status").all_inner_texts()) == {"生效中"})
    statuses = set(page.locator("#regulations .regulation .status").all_inner_texts())
    check("the status filter keeps one status", statuses == {"生效中"}, statuses)
    page.select_option("#regulation-filters select[name=status]", "")
    eventually(lambda: len(set(page.locator("#regulations .regulation .status").all_inner_texts())) > 1)

    # Statistics explorer.
    page.goto(BASE + "/#statistics")
    wait_ready(page, "statistics")
    bars = page.locator("#breakdown-chart rect.bar").count()
    check("a breakdown is drawn as bars", bars >= 2, bars)
    shot(page, "statistics-zh.png")
    page.locator("#breakdown-chart .bar-group").first.click()
    page.wait_for_selector("#citation-body .quote")
    check("a breakdown bar opens its citation", page.locator("#citation-body .quote").count() >= 1)
    shot(page, "statistics-citation-zh.png")
    page.locator("#citation-close").click()

    # Conflicts side by side.
    page.goto(BASE + "/#conflicts")
    wait_ready(page, "conflicts")
    values = page.locator("#conflicts .side-value").all_inner_texts()
    check("the conflicts page shows 54 and 42",
          any(v.startswith("54") for v in values) and any(v.startswith("42") for v in values), values[:10])
    pair = page.locator("#conflicts .conflict", has=page.locator(".side-value", has_text="54")).first
    pair.scroll_into_view_if_needed()
    check("each side carries its quote", pair.locator(".quote").count() == 2)
    shot(page, "conflicts-zh.png")

    check("no dialog opened", dialogs == [], dialogs)
    check("no console error", errors == [], errors)
    browser.close()

passed = sum(results)
failed = len(results) - passed
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
