// Makes the "my people" map movable, with the keyboard as well as by dragging. Progressive
// enhancement: without this script the map is a picture and the list's buttons move people.
//
// Contract with the page (features/my-people/views/eco-map.tsx):
// - A <figure data-eco-map data-move-url="/…/{id}/move" data-centre="350" data-radii="115,200,285">
//   holds the <svg>; only maps with data-move-url are made movable.
// - Each person is a <g data-person-id data-name data-ring data-angle transform="translate(x y)">;
//   the line to them is <line data-line-for="<id>">. Angles are degrees clockwise from the top.
// - Their words are a <text class="eco-map__label"> of two <tspan>s placed relative to their
//   centre; data-label="reach,lineHeight" on the figure says how far out a label starts and how far
//   apart its lines are, so a moved person's label can be written beside them again.
// - Inside the figure: <form data-eco-map-token> with the _csrf input, a hidden [data-eco-map-hint]
//   shown once the map can be moved, and an aria-live [data-eco-map-status] for what happened.
// - A move is POSTed as a form (_csrf, ring, angle) with Accept: application/json; the answer is
//   {id, ring, angle, hasMoved, message}. On failure the person goes back where they were.
// - An element with data-print-now="yes" (the page asked for with ?print=1) opens the print dialog.
(function () {
  'use strict';
  var STEP = 15;
  var SAVE_DELAY_MS = 700;
  var RING_WORDS = { 1: 'closest', 2: 'close', 3: 'further away' };

  function normalise(angle) {
    var turned = angle % 360;
    return turned < 0 ? turned + 360 : turned;
  }

  function enhance(figure) {
    var svg = figure.querySelector('svg');
    var tokenInput = figure.querySelector('[data-eco-map-token] input[name="_csrf"]');
    var status = figure.querySelector('[data-eco-map-status]');
    var hint = figure.querySelector('[data-eco-map-hint]');
    var moveUrl = figure.getAttribute('data-move-url');
    var centre = Number(figure.getAttribute('data-centre'));
    var radii = figure.getAttribute('data-radii').split(',').map(Number);
    var labelSpacing = (figure.getAttribute('data-label') || '28,20').split(',').map(Number);
    if (!svg || !tokenInput || !moveUrl || !window.fetch) return;

    function announce(text) {
      if (!status) return;
      status.textContent = '';
      // A fresh text node after a pause, so screen readers announce the same words twice running.
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }

    function lineFor(node) {
      var id = node.getAttribute('data-person-id');
      var lines = svg.querySelectorAll('line[data-line-for]');
      for (var index = 0; index < lines.length; index += 1) {
        if (lines[index].getAttribute('data-line-for') === id) return lines[index];
      }
      return null;
    }

    function pointOf(node) {
      var match = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(node.getAttribute('transform') || '');
      return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: centre, y: centre };
    }

    function angleAt(point) {
      var degrees = (Math.atan2(point.x - centre, centre - point.y) * 180) / Math.PI;
      return normalise(Math.round(degrees));
    }

    function drawAt(node, point) {
      node.setAttribute('transform', 'translate(' + point.x + ' ' + point.y + ')');
      var line = lineFor(node);
      if (line) {
        line.setAttribute('x2', String(point.x));
        line.setAttribute('y2', String(point.y));
      }
    }

    function place(node, ring, angle) {
      var radians = (angle * Math.PI) / 180;
      var radius = radii[ring - 1];
      var point = {
        x: Math.round((centre + radius * Math.sin(radians)) * 10) / 10,
        y: Math.round((centre - radius * Math.cos(radians)) * 10) / 10,
      };
      node.setAttribute('data-ring', String(ring));
      node.setAttribute('data-angle', String(angle));
      drawAt(node, point);
      placeLabel(node, angle);
      describe(node);
    }

    // The page placed each label where it runs into nothing; once someone moves, their label is
    // written beside them again away from the middle, as the page first tries it
    // (eco-map-labels.ts, labelToward): beside them on the left and right, centred above or below
    // near the top and bottom. If that would leave the picture, above or below, then inwards.
    function placeLabel(node, angle) {
      var text = node.querySelector('.eco-map__label');
      var frame = svg.viewBox && svg.viewBox.baseVal;
      if (!text || !text.getBBox || !frame) return;
      var at = pointOf(node);
      var upwards = Math.cos((angle * Math.PI) / 180) > 0;
      var directions = [angle, upwards ? 0 : 180, normalise(angle + 180)];
      for (var index = 0; index < directions.length; index += 1) {
        writeLabelToward(text, directions[index]);
        var box = text.getBBox();
        var isInside =
          at.x + box.x >= frame.x &&
          at.y + box.y >= frame.y &&
          at.x + box.x + box.width <= frame.x + frame.width &&
          at.y + box.y + box.height <= frame.y + frame.height;
        if (isInside) return;
      }
      writeLabelToward(text, angle);
    }

    function writeLabelToward(text, direction) {
      var spans = text.querySelectorAll('tspan');
      var reach = labelSpacing[0];
      var radians = (direction * Math.PI) / 180;
      var across = Math.sin(radians);
      var up = Math.cos(radians);
      var isBeside = Math.abs(across) >= 0.5;
      text.setAttribute('text-anchor', isBeside ? (across > 0 ? 'start' : 'end') : 'middle');
      setLines(spans, 0, 0);
      var box = text.getBBox();
      var top = isBeside
        ? -up * (reach + box.height / 2) - box.height / 2
        : up > 0
          ? -reach - box.height
          : reach;
      setLines(spans, across * reach, top - box.y);
    }

    function setLines(spans, x, y) {
      for (var index = 0; index < spans.length; index += 1) {
        spans[index].setAttribute('x', String(Math.round(x * 10) / 10));
        spans[index].setAttribute('y', String(Math.round((y + index * labelSpacing[1]) * 10) / 10));
      }
    }

    function ringOf(node) {
      return Number(node.getAttribute('data-ring'));
    }

    function angleOf(node) {
      var stored = node.getAttribute('data-angle');
      return stored === '' || stored === null ? angleAt(pointOf(node)) : Number(stored);
    }

    // A person is named by the words drawn for them (name and relationship), so what is seen and
    // what is heard match; where they are is said when they are chosen and whenever they move.
    function describe(node) {
      var texts = node.querySelectorAll('text[id]');
      var ids = [];
      for (var index = 0; index < texts.length; index += 1) ids.push(texts[index].id);
      node.setAttribute('aria-labelledby', ids.join(' '));
    }

    function whereIs(node) {
      return node.getAttribute('data-name') + ': ' + RING_WORDS[ringOf(node)] + '.';
    }

    function remember(node) {
      node.setAttribute('data-saved-ring', String(ringOf(node)));
      node.setAttribute('data-saved-angle', String(angleOf(node)));
    }

    function restore(node) {
      place(
        node,
        Number(node.getAttribute('data-saved-ring')),
        Number(node.getAttribute('data-saved-angle')),
      );
    }

    function save(node) {
      var id = node.getAttribute('data-person-id');
      var body = new URLSearchParams();
      body.set('_csrf', tokenInput.value);
      body.set('ring', String(ringOf(node)));
      body.set('angle', String(angleOf(node)));
      window
        .fetch(moveUrl.replace('{id}', encodeURIComponent(id)), {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: body.toString(),
        })
        .then(function (response) {
          if (!response.ok) throw new Error('not saved');
          return response.json();
        })
        .then(function (moved) {
          place(node, moved.ring, moved.angle === null ? angleOf(node) : moved.angle);
          remember(node);
          announce(moved.message);
        })
        .catch(function () {
          restore(node);
          announce(
            node.getAttribute('data-name') +
              ' could not be moved just now and is back where they were. Try again, or use the buttons in the list.',
          );
        });
    }

    var timers = {};
    function saveSoon(node) {
      var id = node.getAttribute('data-person-id');
      window.clearTimeout(timers[id]);
      timers[id] = window.setTimeout(function () {
        save(node);
      }, SAVE_DELAY_MS);
    }

    function isPicked(node) {
      return node.classList.contains('is-picked');
    }

    function onKey(event) {
      var node = event.currentTarget;
      var ring = ringOf(node);
      var angle = angleOf(node);
      var name = node.getAttribute('data-name');
      switch (event.key) {
        case 'ArrowLeft':
          place(node, ring, normalise(angle - STEP));
          break;
        case 'ArrowRight':
          place(node, ring, normalise(angle + STEP));
          break;
        case 'ArrowUp':
          place(node, Math.max(1, ring - 1), angle);
          break;
        case 'ArrowDown':
          place(node, Math.min(3, ring + 1), angle);
          break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          if (isPicked(node)) {
            node.classList.remove('is-picked');
            save(node);
          } else {
            node.classList.add('is-picked');
            announce(
              'Picked up ' +
                name +
                '. Use the arrow keys, then press Enter to put them down, or Escape to cancel.',
            );
          }
          return;
        case 'Escape':
          if (isPicked(node)) {
            node.classList.remove('is-picked');
            restore(node);
            announce(name + ' is back where they were.');
          }
          return;
        default:
          return;
      }
      event.preventDefault();
      announce(whereIs(node));
      if (!isPicked(node)) saveSoon(node);
    }

    function toSvgPoint(event) {
      var matrix = svg.getScreenCTM();
      if (!matrix) return null;
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var inside = point.matrixTransform(matrix.inverse());
      return { x: inside.x, y: inside.y };
    }

    function nearestRing(point) {
      var distance = Math.sqrt(Math.pow(point.x - centre, 2) + Math.pow(point.y - centre, 2));
      var best = 1;
      for (var ring = 2; ring <= radii.length; ring += 1) {
        if (Math.abs(radii[ring - 1] - distance) < Math.abs(radii[best - 1] - distance))
          best = ring;
      }
      return best;
    }

    var drag = null;
    function onPointerDown(event) {
      var node = event.currentTarget;
      if (event.button !== undefined && event.button !== 0) return;
      drag = {
        node: node,
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        moved: false,
      };
      if (node.setPointerCapture) node.setPointerCapture(event.pointerId);
      node.focus();
      event.preventDefault();
    }

    function onPointerMove(event) {
      if (!drag || event.pointerId !== drag.pointerId) return;
      if (Math.abs(event.clientX - drag.startX) + Math.abs(event.clientY - drag.startY) > 4) {
        drag.moved = true;
      }
      if (!drag.moved) return;
      var point = toSvgPoint(event);
      if (point) drawAt(drag.node, point);
    }

    function onPointerUp(event) {
      if (!drag || event.pointerId !== drag.pointerId) return;
      var node = drag.node;
      var wasMoved = drag.moved;
      drag = null;
      if (!wasMoved) return;
      var point = toSvgPoint(event) || pointOf(node);
      place(node, nearestRing(point), angleAt(point));
      save(node);
    }

    svg.setAttribute('role', 'group');
    if (hint) {
      hint.hidden = false;
      svg.setAttribute('aria-describedby', hint.id);
    }
    figure.classList.add('eco-map--movable');
    var nodes = svg.querySelectorAll('[data-person-id]');
    for (var index = 0; index < nodes.length; index += 1) {
      var node = nodes[index];
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      describe(node);
      remember(node);
      node.addEventListener('keydown', onKey);
      node.addEventListener('focus', function (event) {
        announce(whereIs(event.currentTarget));
      });
      node.addEventListener('pointerdown', onPointerDown);
      node.addEventListener('pointermove', onPointerMove);
      node.addEventListener('pointerup', onPointerUp);
      node.addEventListener('pointercancel', onPointerUp);
    }
  }

  function start() {
    var maps = document.querySelectorAll('[data-eco-map][data-move-url]');
    for (var index = 0; index < maps.length; index += 1) enhance(maps[index]);
    if (document.querySelector('[data-print-now="yes"]')) window.print();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
