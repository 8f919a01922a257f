// 16x16 PNG app mark, inlined so the header renders before any asset request.
export const LOGO_DATA_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAMElEQVR42mNgoDZQTX79Hx+mSDNeQ4jVjNUQUjVjGDJqwLAwgOKERJWkTJXMRA4AAIFnpKh7lc6nAAAAAElFTkSuQmCC';
