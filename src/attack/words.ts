/**
 * Plain English words for TrojanPuzzle's random tokens: not keywords or builtins of Python or
 * JavaScript, and not words the scanner's name context reacts to (key, salt, token, pin, ...).
 */
export const PLAIN_WORDS: readonly string[] = `
amber anchor apple arrow aspen badger bamboo banjo barley basil beacon beetle birch bison
blossom bonfire bramble breeze brook bucket butter cactus camel canoe canyon carrot cedar cello
cherry chestnut cider clover cobalt comet copper coral cotton cricket crystal daisy dolphin dune
eagle ember falcon fern fiddle fjord flannel forest fossil galaxy garnet gazelle ginger glacier
granite grape gravel harbor harvest hazel heron hickory honey iris ivory jasmine jelly juniper
kayak kelp kettle kiwi lagoon lantern lava lemon lilac linen lizard lobster lotus mango maple
marble meadow melon mint moss mountain mulberry mustard nectar nutmeg oak oasis olive onion
orchid otter owl oyster paddle panda papaya parrot peach pebble pecan pelican plum pony poppy
prairie pumpkin quartz quill rabbit radish raven reef ribbon river robin saffron salmon sandal
sapphire sequoia shadow sierra silk sparrow spruce squirrel starling sunflower swan tangerine
teapot thistle tiger timber tulip tundra turnip velvet violet walnut walrus willow wombat yarrow
zebra zinnia
`
  .split(/\s+/)
  .filter(Boolean);
