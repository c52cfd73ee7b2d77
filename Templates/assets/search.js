/* PolicySite search: queries the static index that `policysite build` writes
   under search/index/ (see Sources/PolicySite/Search/SearchIndex.swift):
   the shards give the candidate documents, the metadata files d/<c>.json
   their URLs, titles, kinds and dates, and each result's own page its text,
   to verify a Chinese phrase and cut a snippet. The index holds no text; the
   pages are on the same site and in the browser's cache when the reader
   opens one. No dependencies. The query lives in the URL (?q=), so results
   can be shared. Tokenising follows SearchTokenizer.swift exactly: change
   both together. */
(function (root) {
  "use strict";

  var HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;
  var WORD = /[\p{L}\p{N}]/u;
  var PAGE_SIZE = 10;

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  /* The query's parts: runs of Han characters (matched as phrases) and
     words; and the tokens to look up: Han bigrams and words. */
  function analyse(query) {
    var parts = [], tokens = [], run = "", word = "";
    function flushRun() {
      var chars = Array.from(run);
      for (var i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
      if (chars.length > 0) parts.push(run);
      run = "";
    }
    function flushWord() {
      if (word) { tokens.push(word); parts.push(word); }
      word = "";
    }
    for (var ch of normalize(query)) {
      if (HAN.test(ch)) { flushWord(); run += ch; }
      else if (WORD.test(ch)) { flushRun(); word += ch; }
      else { flushRun(); flushWord(); }
    }
    flushRun();
    flushWord();
    return { parts: unique(parts), tokens: unique(tokens) };
  }

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  /* 32-bit FNV-1a over UTF-8, as SearchIndex.hash. */
  function hash(token) {
    var bytes = new TextEncoder().encode(token), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  /* Postings are [docDelta, weight, docDelta, weight, …]. */
  function decode(list) {
    var docs = new Map(), doc = 0;
    for (var i = 0; i < list.length; i += 2) {
      doc += list[i];
      docs.set(doc, list[i + 1]);
    }
    return docs;
  }

  /* Documents holding every token, best first. `load(path)` returns a
     promise of parsed JSON relative to the index folder. */
  function candidates(tokens, load) {
    return load("manifest.json").then(function (manifest) {
      var shardOf = {};
      tokens.forEach(function (t) { shardOf[t] = hash(t) % manifest.shards; });
      var shards = unique(tokens.map(function (t) { return shardOf[t]; }));
      return Promise.all(shards.map(function (s) { return load("s" + s + ".json"); })).then(function (loaded) {
        var byShard = {};
        shards.forEach(function (s, i) { byShard[s] = loaded[i]; });
        var lists = tokens.map(function (t) { return decode(byShard[shardOf[t]][t] || []); });
        lists.sort(function (a, b) { return a.size - b.size; });
        var scores = [];
        lists[0].forEach(function (weight, doc) {
          var total = weight;
          for (var i = 1; i < lists.length; i++) {
            var other = lists[i].get(doc);
            if (other === undefined) return;
            total += other;
          }
          scores.push([doc, total]);
        });
        scores.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
        return scores.map(function (s) { return s[0]; });
      });
    });
  }

  /* The metadata entries of documents `docs`, in their order. `load` should
     load each path once (see `once`): ten results often share one file. */
  function entries(docs, load) {
    return load("manifest.json").then(function (manifest) {
      return Promise.all(docs.map(function (d) {
        return load("d/" + Math.floor(d / manifest.chunk) + ".json").then(function (chunk) {
          return chunk[d % manifest.chunk];
        });
      }));
    });
  }

  /* `load` with each path's promise kept in a Map, so a file is fetched
     once; one that failed is forgotten, to be tried again for more results. */
  function once(load) {
    var loaded = new Map();
    return function (path) {
      if (!loaded.has(path)) {
        loaded.set(path, load(path).catch(function (error) { loaded.delete(path); throw error; }));
      }
      return loaded.get(path);
    };
  }

  /* Bigrams can all occur without the phrase; the text decides. */
  function containsAll(text, parts) {
    var haystack = normalize(text);
    return parts.every(function (part) { return haystack.indexOf(part) >= 0; });
  }

  /* A part the index alone proves present: a word is a token of its own,
     and two Han characters are one bigram. A longer run only has each of
     its bigrams somewhere in the document; one Han character, none. */
  function indexed(part) {
    return !HAN.test(part) || Array.from(part).length === 2;
  }

  /* Whether to show a candidate, given its page's text, or null when the
     page could not be fetched. Without the text, a result is still shown
     (without a snippet) if its title or the index proves every part; one
     that may only hold a phrase's bigrams is left out, as listing such
     documents is what verifying the phrase is for. */
  function verified(entry, text, parts) {
    if (text !== null) return containsAll(entry.title + "\n" + text, parts);
    return containsAll(entry.title, parts) || parts.every(indexed);
  }

  /* The text as [text, isMatch] pieces, every match of a part marked. */
  function highlight(text, parts) {
    var pieces = [], lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      parts.forEach(function (p) {
        var i = lower.indexOf(p, at);
        if (i >= 0 && (next < 0 || i < next || (i === next && p.length > length))) { next = i; length = p.length; }
      });
      if (next < 0) { pieces.push([text.slice(at), false]); break; }
      if (next > at) pieces.push([text.slice(at, next), false]);
      pieces.push([text.slice(next, next + length), true]);
      at = next + length;
    }
    return pieces;
  }

  /* A window of the text around its first match, highlighted. */
  function snippet(text, parts) {
    var lower = text.toLowerCase(), first = -1;
    parts.forEach(function (p) {
      var at = lower.indexOf(p);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = Math.max(0, first - 40), end = Math.min(text.length, Math.max(first, 0) + 110);
    var pieces = highlight(text.slice(start, end).replace(/\s+/g, " "), parts);
    if (start > 0) pieces.unshift(["…", false]);
    if (end < text.length) pieces.push(["…", false]);
    return pieces;
  }

  var api = {
    analyse: analyse, hash: hash, candidates: candidates, entries: entries, once: once,
    containsAll: containsAll, verified: verified, highlight: highlight, snippet: snippet
  };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  if (!root.document) return;

  /* The page: everything below only runs in a browser. */
  var doc = root.document;
  var form = doc.querySelector(".search-form");
  var input = doc.getElementById("search-query");
  var status = doc.getElementById("search-status");
  var results = doc.getElementById("search-results");
  var more = doc.getElementById("search-more");
  var query = new URLSearchParams(root.location.search).get("q") || "";
  if (!form || !input) return;
  input.value = query;
  if (!query.trim()) return;

  function say(key, values) {
    var text = status.getAttribute("data-" + key) || "";
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); });
    status.textContent = text;
  }

  var load = once(function (path) {
    return fetch("index/" + path).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + path);
      return r.json();
    });
  });

  /* A result's page as text, or null if it cannot be fetched. Its URL is
     relative to this page, as the result's link is. The theme's document
     body without the glossary's tooltips is the text the index was made
     from; `main` and `body` serve a theme that marks no body. The parsed
     page is inert: nothing of it runs, and only its text reaches this page. */
  function pageText(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var body = page.querySelector(".doc-body") || page.querySelector("main") || page.body;
      Array.from(body.querySelectorAll("[role=tooltip]")).forEach(function (tip) { tip.remove(); });
      return body.textContent.replace(/\s+/g, " ").trim();
    }).catch(function () { return null; });
  }

  var analysed = analyse(query);
  if (analysed.tokens.length === 0) { say("short"); return; }
  say("searching");

  candidates(analysed.tokens, load).then(function (docs) {
    var shown = 0, next = 0, found = 0, unreadable = 0;
    function page() {
      more.hidden = true;
      var batch = docs.slice(next, next + PAGE_SIZE);
      next += batch.length;
      return entries(batch, load).then(function (loaded) {
        return Promise.all(loaded.map(function (entry) { return pageText(entry.url); })).then(function (texts) {
          loaded.forEach(function (entry, i) {
            if (texts[i] === null) unreadable++;
            if (!verified(entry, texts[i], analysed.parts)) return;
            results.appendChild(item(entry, texts[i]));
            found++;
          });
        });
      }).then(function () {
        shown += batch.length;
        if (found < shown && next < docs.length && found < PAGE_SIZE) return page();
        var approximate = docs.length - shown + found;
        // Pages that could not be read might have matched: not "no results".
        if (found === 0 && unreadable > 0) { say("failed"); return; }
        say(approximate === 0 ? "none" : "count", { count: String(approximate), query: query });
        more.hidden = next >= docs.length;
      });
    }
    more.addEventListener("click", function () { page().catch(function () { say("failed"); }); });
    return page();
  }).catch(function () { say("failed"); });

  /* `text`: the page's text, or null for a result shown without a snippet. */
  function item(entry, text) {
    var li = doc.createElement("li");
    var heading = doc.createElement("h2");
    var link = doc.createElement("a");
    link.href = entry.url;
    appendMarked(link, highlight(entry.title, analysed.parts));
    heading.appendChild(link);
    var meta = doc.createElement("p");
    meta.className = "meta";
    meta.textContent = entry.kind + (entry.date ? " · " + entry.date : "");
    li.appendChild(heading);
    li.appendChild(meta);
    if (text !== null) {
      var excerpt = doc.createElement("p");
      excerpt.className = "snippet";
      appendMarked(excerpt, snippet(text, analysed.parts));
      li.appendChild(excerpt);
    }
    return li;
  }

  /* Text nodes only: nothing from the index or a fetched page is ever
     inserted as HTML. */
  function appendMarked(parent, pieces) {
    pieces.forEach(function (p) {
      if (p[1]) {
        var mark = doc.createElement("mark");
        mark.textContent = p[0];
        parent.appendChild(mark);
      } else {
        parent.appendChild(doc.createTextNode(p[0]));
      }
    });
  }
})(typeof window !== "undefined" ? window : this);
