extension SiteSearchScript {
    /// The part of `search.js` that reads the index's lists of product numbers (`SiteListCode`
    /// strings, whole or cut into parts), spliced into `source`.
    static let lists = #"""
          // Lists of product numbers are strings (SiteListCode): each number's distance from the one
          // before in base 32, one letter a group; letters 0-31 end a number, 32-63 carry.
          var digit = new Int8Array(128);
          var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
          for (var d = 0; d < 64; d++) { digit[letters.charCodeAt(d)] = d; }
          // The numbers of the coded pieces, in order, decoded once per key.
          function numbers(key, pieces) {
            if (!has.call(decoded, key)) {
              var total = 0;
              pieces.forEach(function (piece) {
                for (var i = 0; i < piece.length; i++) { if (digit[piece.charCodeAt(i)] < 32) { total += 1; } }
              });
              var out = new Int32Array(total);
              var at = 0;
              pieces.forEach(function (piece) {
                var value = 0;
                var carry = 0;
                for (var i = 0; i < piece.length; i++) {
                  var g = digit[piece.charCodeAt(i)];
                  carry = carry * 32 + (g & 31);
                  if (g < 32) { value += carry; out[at++] = value; carry = 0; }
                }
              });
              decoded[key] = out;
            }
            return decoded[key];
          }
          // The script names of a list: itself, or its parts NAME_0 … when it was cut.
          function partNames(name, count) {
            if (count === 1) { return [name]; }
            var names = [];
            for (var i = 0; i < count; i++) { names.push(name + "_" + i); }
            return names;
          }
          function pieces(names) { return names.map(function (name) { return loaded[name] || ""; }); }
          // A term's list: a coded string in its shard, or [script, parts] for a long one.
          function termList(t) {
            var p = lookup("t", t);
            if (p === null) { return null; }
            return typeof p === "string" ? numbers("t:" + t, [p]) : numbers("t:" + t, pieces(partNames(p[0], p[1])));
          }

        """#
}
